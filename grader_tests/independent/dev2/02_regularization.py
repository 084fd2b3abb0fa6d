"""Held-out implementations of assignment 02, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# compute_cost_with_regularization
# ---------------------------------------------------------------------------------------


@wrong("cost_lambda_over_m", "I wrote lambd / m for the L2 term and forgot the 1/2")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / m * l2)


@wrong("cost_forgot_m", "I scaled the L2 term by lambd / 2 and forgot to divide by m")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / 2 * l2)


@wrong("cost_penalizes_biases", "I summed the squares of every parameter, biases included")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    l2 = sum(np.sum(np.square(value)) for value in parameters.values())
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_skip_last_layer", "My loop was range(1, L), so the output layer's W is not penalized")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_norm_not_squared", "I added np.linalg.norm(W) of each layer but did not square it")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.linalg.norm(parameters[f"W{l}"]) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_m_from_rows", "I took m = Y.shape[0], which is the number of classes")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[0]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_mean_over_all_entries",
       "I wrote the cross-entropy as -np.mean(Y * log(AL)), which also divides by the classes")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.mean(Y * np.log(np.clip(AL, 1e-12, None)))
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * l2)


@wrong("cost_binary_cross_entropy",
       "I reused the binary cross-entropy -(Y log A + (1 - Y) log(1 - A)) from course 1")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    A = np.clip(AL, 1e-12, 1 - 1e-12)
    cross_entropy = -np.sum(Y * np.log(A) + (1 - Y) * np.log(1 - A)) / m
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * l2)


@wrong("cost_mean_of_squares", "I used np.mean(W ** 2) per layer instead of the sum of squares")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.mean(parameters[f"W{l}"] ** 2) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_keepdims_array",
       "I summed with keepdims=True and returned the (1, 1) array instead of a number")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(np.clip(AL, 1e-12, None)), keepdims=True) / m
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return cross_entropy + lambd / (2 * m) * l2


@wrong("cost_log_without_clip",
       "I took np.log(AL) directly, so a probability that underflowed to 0 gives nan or inf")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    with np.errstate(divide="ignore", invalid="ignore"):
        cross_entropy = -np.sum(Y * np.log(AL)) / m
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * l2)


@correct("cost_keys_and_vdot",
         "filters the W keys itself and uses np.vdot of the flattened weights")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    squares = 0.0
    for key, value in parameters.items():
        if key.startswith("W"):
            flat = np.asarray(value, dtype=np.float64).ravel()
            squares += float(np.vdot(flat, flat))
    return nn.compute_cost(AL, Y) + lambd * squares / (2.0 * m)


@correct("cost_manual_cross_entropy",
         "writes the clipped cross-entropy by hand and puts both terms over one 1/m")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    Y = np.asarray(Y, dtype=np.float64)
    m = Y.shape[1]
    logs = np.log(np.clip(np.asarray(AL, dtype=np.float64), 1e-12, None))
    total_loss = -np.einsum("km,km->", Y, logs)
    L = nn.num_layers(parameters)
    penalty = sum(np.einsum("ij,ij->", parameters[f"W{l}"], parameters[f"W{l}"])
                  for l in range(1, L + 1))
    return float((total_loss + 0.5 * lambd * penalty) / m)


# ---------------------------------------------------------------------------------------
# backward_propagation_with_regularization
# ---------------------------------------------------------------------------------------


@wrong("back_l2_no_m", "I added lambd * W to dW and forgot to divide by m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_l2_half", "I kept the 1/2 of the cost: lambd / (2m) * W instead of lambd / m * W")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / (2 * m) * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_divide_m_twice", "I divided dW and db by m again although dZ already had the 1/m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_l2_on_bias", "I added lambd / m * b to db as well, as if the biases were penalized")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) + lambd / m * cache["b"]
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_hidden_only_l2", "I added the L2 term only to the hidden layers, not the output layer")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T
        if l < L:
            grads[f"dW{l}"] = grads[f"dW{l}"] + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_relu_ge_zero",
       "I wrote the ReLU derivative as Z >= 0, so units at exactly 0 pass gradient")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = (cache["W"].T @ dZ) * (caches[l - 2]["Z"] >= 0)
    return grads


@wrong("back_sigmoid_output", "I recomputed AL with a sigmoid (from course 1) instead of softmax")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    AL = 1 / (1 + np.exp(-caches[-1]["Z"]))
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_l2_sign_flipped", "I subtracted lambd / m * W from dW instead of adding it")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T - lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_db_flat", "I summed db without keepdims, so it has shape (n,) instead of (n, 1)")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_m_from_features", "I took m = X.shape[0], the number of features, not examples")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), X.shape[0]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_no_average", "I started from dZ = AL - Y without the 1/m, only the L2 term has /m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = nn.softmax(caches[-1]["Z"]) - Y
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("back_inplace_softmax_cache",
       "I wrote a stable softmax in place on caches[-1]['Z'], overwriting the caller's cache")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L, m = len(caches), Y.shape[1]
    ZL = caches[-1]["Z"]
    ZL -= ZL.max(axis=0, keepdims=True)
    np.exp(ZL, out=ZL)
    ZL /= ZL.sum(axis=0, keepdims=True)
    grads = {}
    dZ = (ZL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@correct("back_plain_plus_decay",
         "reuses nn.model_backward for the cross-entropy part, then adds lambd / m * W")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    AL = nn.softmax(caches[-1]["Z"])
    grads = nn.model_backward(AL, Y, caches)
    m = X.shape[1]
    for l, cache in enumerate(caches, start=1):
        grads[f"dW{l}"] = grads[f"dW{l}"] + (lambd / m) * cache["W"]
    return grads


@correct("back_manual_reversed",
         "walks reversed(caches) by hand with np.where for the ReLU and explicit matmuls")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    Z_out = caches[-1]["Z"]
    exp = np.exp(Z_out - np.max(Z_out, axis=0, keepdims=True))
    dZ = (exp / np.sum(exp, axis=0, keepdims=True) - Y) * (1.0 / m)
    grads = {}
    for l in range(L, 0, -1):
        A_prev, W = caches[l - 1]["A_prev"], caches[l - 1]["W"]
        grads["dW" + str(l)] = np.matmul(dZ, A_prev.T) + W * (lambd / m)
        grads["db" + str(l)] = dZ.sum(axis=1).reshape(-1, 1)
        if l > 1:
            dA_prev = np.matmul(W.T, dZ)
            dZ = np.where(caches[l - 2]["Z"] > 0, dA_prev, 0.0).astype(dA_prev.dtype)
    return {key: grads[key] for key in sorted(grads)}
