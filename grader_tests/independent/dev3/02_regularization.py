"""Held-out implementations of assignment 02, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# compute_cost_with_regularization
# ----------------------------------------------------------------------------


@wrong("reg_no_half", "I put lambd / m in front of the sum of squares and forgot the 1/2 of "
                      "lambd / (2m).")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L + 1):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / m * l2)


@wrong("reg_penalizes_biases", "I looped over every entry of parameters and squared all of "
                               "them, so the biases ended up in the L2 term too.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    l2 = 0.0
    for value in parameters.values():
        l2 += np.sum(np.square(value))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("reg_skips_output_layer", "My loop went over range(1, L), so the weights of the "
                                 "output layer W[L] were never added to the penalty.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("reg_norm_not_squared", "I used np.linalg.norm(W) for the Frobenius norm but forgot to "
                               "square it.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.linalg.norm(parameters[f"W{l}"]) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("reg_m_from_rows", "I took m = Y.shape[0], which is the number of classes, not the "
                          "number of examples.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[0]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L + 1):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("reg_precedence_times_m", "I typed lambd / 2 * m without brackets, so the penalty is "
                                 "multiplied by m instead of divided by 2m.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L + 1):
        l2 += np.sum(parameters[f"W{l}"] ** 2)
    return float(nn.compute_cost(AL, Y) + lambd / 2 * m * l2)


@wrong("reg_mean_of_squares", "I used np.mean(np.square(W)) for each layer instead of the sum "
                              "of all squared entries.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L + 1):
        l2 += np.mean(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("reg_ce_mean_all_entries", "I wrote the cross-entropy myself with np.mean over Y * "
                                  "log(AL), which divides by 10*m instead of by m.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.mean(Y * np.log(AL))
    L = len(parameters) // 2
    l2 = 0.0
    for l in range(1, L + 1):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(cross_entropy + lambd / (2 * m) * l2)


@wrong("reg_squares_weights_in_place", "To save memory I squared each weight matrix with W **= 2 "
                                       "before summing, which overwrote the weights in "
                                       "parameters.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L + 1):
        W = parameters[f"W{l}"]
        W **= 2
        l2 += np.sum(W)
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("reg_returns_numpy_float32", "I just added the penalty to nn.compute_cost's result and "
                                    "returned it; with float32 weights the sum stays a numpy "
                                    "float32 scalar instead of a Python float.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = np.sum(np.square(parameters["W1"]))
    for l in range(2, L + 1):
        l2 = l2 + np.sum(np.square(parameters[f"W{l}"]))
    return nn.compute_cost(AL, Y) + lambd / (2 * m) * l2


@correct("reg_einsum_float64", "Sums the squares with np.einsum('ij,ij->') in float64 and keeps "
                               "the 1/m outside: (total loss + lambd/2 * sum) / m.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    squares = 0.0
    for key in sorted(k for k in parameters if k.startswith("W")):
        W = np.asarray(parameters[key], dtype=np.float64)
        squares += float(np.einsum("ij,ij->", W, W))
    total_loss = nn.compute_cost(AL, Y) * m
    return float((total_loss + lambd / 2 * squares) / m)


@correct("reg_flat_dot_manual_ce", "Writes the clipped cross-entropy by hand and flattens all "
                                   "weights into one vector whose dot product with itself is "
                                   "the sum of squares.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = len([key for key in parameters if key[0] == "W"])
    cross_entropy = -np.sum(Y * np.log(np.clip(AL, 1e-12, None))) / m
    flat = np.concatenate([np.ravel(parameters["W" + str(l)]).astype(np.float64)
                           for l in range(1, L + 1)])
    return float(cross_entropy) + float(lambd * np.dot(flat, flat) / (2.0 * m))


@correct("reg_vdot_per_layer", "Uses np.vdot per layer and a generator expression, scaling "
                               "by lambd / (2m) at the very end.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    sq = sum(float(np.vdot(parameters[f"W{l}"].astype(np.float64),
                           parameters[f"W{l}"].astype(np.float64)))
             for l in range(1, L + 1))
    return nn.compute_cost(AL, Y) + (lambd * sq) / (2 * m)


# ----------------------------------------------------------------------------
# backward_propagation_with_regularization
# ----------------------------------------------------------------------------


@wrong("bwr_divides_by_m_twice", "I divided dZ[L] by m and then divided dW by m again, as in "
                                 "the formula dW = (1/m) dZ A^T I remembered.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("bwr_lambda_without_m", "I added lambd * W to every dW and forgot the 1/m.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("bwr_kept_the_half", "I copied the factor from the cost, lambd / (2m), into the "
                            "gradient instead of lambd / m.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / (2 * m) * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("bwr_decays_biases", "I added the L2 term to db as well: db gets lambd / m * b.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) + lambd / m * cache["b"]
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("bwr_output_layer_not_decayed", "I handled the output layer before the loop and only "
                                       "added lambd / m * W inside the loop over the hidden "
                                       "layers, so dW[L] has no L2 term.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    dA_prev, grads[f"dW{L}"], grads[f"db{L}"] = nn.linear_backward(dZ, caches[L - 1])
    for l in range(L - 1, 0, -1):
        dZ = nn.relu_backward(dA_prev, caches[l - 1]["Z"])
        dA_prev, dW, grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd / m * caches[l - 1]["W"]
    return grads


@wrong("bwr_relu_mask_geq_zero", "For the ReLU derivative I used Z >= 0, so units with Z "
                                 "exactly 0 pass the gradient through.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            dZ = dA_prev * (caches[l - 2]["Z"] >= 0)
    return grads


@wrong("bwr_relu_mask_in_cache", "I turned the cached Z into the ReLU derivative in place "
                                 "(Z[Z > 0] = 1, Z[Z <= 0] = 0), which overwrote Z in caches.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            derivative = caches[l - 2]["Z"]
            derivative[derivative > 0] = 1
            derivative[derivative <= 0] = 0
            dZ = dA_prev * derivative
    return grads


@wrong("bwr_forgot_relu_derivative", "I passed dA_prev straight on as the next dZ and forgot "
                                     "to go through the ReLU's derivative.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd / m * caches[l - 1]["W"]
        grads[f"db{l}"] = db
        dZ = dA_prev
    return grads


@wrong("bwr_m_from_input_rows", "I took m = X.shape[0] for the number of examples; that is "
                                "the number of input features.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[0]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        dA_prev, dW, db = nn.linear_backward(dZ, cache)
        grads[f"dW{l}"] = dW + lambd / m * cache["W"]
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("bwr_db_without_keepdims", "I summed dZ over the examples with np.sum(dZ, axis=1) and "
                                  "no keepdims, so db is a 1-D vector, not (n[l], 1).")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = np.dot(dZ, cache["A_prev"].T) + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1)
        if l > 1:
            dZ = nn.relu_backward(np.dot(cache["W"].T, dZ), caches[l - 2]["Z"])
    return grads


@wrong("bwr_y_minus_al", "I wrote dZ[L] = (Y - AL) / m, the sign the other way round.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (Y - nn.softmax(caches[-1]["Z"])) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@correct("bwr_einsum_where_loop", "Uses np.einsum for dW and dA_prev, np.where for the ReLU "
                                  "derivative and a while loop counting l down from L.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[L - 1]["Z"]) - Y) / m
    l = L
    while l >= 1:
        cache = caches[l - 1]
        grads["dW" + str(l)] = (np.einsum("im,jm->ij", dZ, cache["A_prev"])
                                + (lambd / m) * cache["W"])
        grads["db" + str(l)] = dZ.sum(axis=1).reshape(-1, 1)
        if l > 1:
            dA_prev = np.einsum("ij,im->jm", cache["W"], dZ)
            dZ = np.where(caches[l - 2]["Z"] > 0, dA_prev, np.zeros_like(dA_prev))
        l -= 1
    return grads


@correct("bwr_plain_then_decay", "Computes the plain gradients with nn.linear_backward in a "
                                 "first loop and adds the weight-decay term lambd/m * W in a "
                                 "second pass over the layers.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = X.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in reversed(range(1, L + 1)):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    decay = lambd / m
    for l, cache in enumerate(caches, start=1):
        grads[f"dW{l}"] = grads[f"dW{l}"] + decay * cache["W"]
    return grads


@correct("bwr_per_example_loop", "Accumulates dW and db one example (column) at a time with "
                                 "outer products in float64, then averages and casts back; "
                                 "the L2 term is added last.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[1]
    AL = nn.softmax(caches[-1]["Z"])
    sums = {f"dW{l}": np.zeros(caches[l - 1]["W"].shape) for l in range(1, L + 1)}
    sums.update({f"db{l}": np.zeros(caches[l - 1]["b"].shape) for l in range(1, L + 1)})
    for i in range(m):
        dz = AL[:, i:i + 1] - Y[:, i:i + 1]
        for l in range(L, 0, -1):
            cache = caches[l - 1]
            sums[f"dW{l}"] += np.outer(dz, cache["A_prev"][:, i])
            sums[f"db{l}"] += dz
            if l > 1:
                dz = (cache["W"].T @ dz) * (caches[l - 2]["Z"][:, i:i + 1] > 0)
    grads = {}
    for l in range(1, L + 1):
        W = caches[l - 1]["W"]
        grads[f"dW{l}"] = (sums[f"dW{l}"] / m + lambd / m * W).astype(W.dtype)
        grads[f"db{l}"] = (sums[f"db{l}"] / m).astype(caches[l - 1]["b"].dtype)
    return grads
