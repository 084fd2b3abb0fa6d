"""Independent implementations of assignment 02, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# compute_cost_with_regularization
# ---------------------------------------------------------------------------------------


@wrong("cost_forgot_half", "I wrote lambd / m instead of lambd / (2m) for the L2 term")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / m * l2)


@wrong("cost_forgot_divide_by_m", "I wrote lambd / 2 times the squared weights and forgot the 1/m")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / 2 * l2)


@wrong("cost_penalizes_biases", "I summed the squares of every array in parameters, biases included")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    l2 = sum(np.sum(np.square(value)) for value in parameters.values())
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_skips_output_layer", "My loop was range(1, L) so the output layer's weights were not penalized")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_norm_not_squared", "I used np.linalg.norm(W) for the Frobenius term but forgot to square it")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.linalg.norm(parameters[f"W{l}"]) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_m_from_wrong_axis", "I took m = Y.shape[0], which is the number of classes, not of examples")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[0]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(parameters[f"W{l}"] ** 2) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_mean_of_squares", "I used np.mean(W ** 2) instead of the sum of the squares")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.mean(parameters[f"W{l}"] ** 2) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("cost_squares_weights_in_place", "I squared each W in place with W *= W to save memory, which changes the caller's weights")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = nn.compute_cost(AL, Y)
    l2 = 0.0
    for l in range(1, nn.num_layers(parameters) + 1):
        W = parameters[f"W{l}"]
        W *= W
        l2 += np.sum(W)
    return float(cross_entropy + lambd / (2 * m) * l2)


@wrong("cost_cross_entropy_mean_over_all_entries", "I wrote the cross-entropy myself with np.mean over the whole array, which divides by 10m")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.mean(Y * np.log(np.clip(AL, 1e-12, None)))
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * l2)


@correct("cost_einsum_over_w_keys", "explicit cross-entropy with the same clipping and np.einsum for the squared norms")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.sum(Y * np.log(np.clip(AL, 1e-12, None))) / m
    squares = 0.0
    for key in sorted(parameters):
        if key.startswith("W"):
            W = np.asarray(parameters[key], dtype=np.float64)
            squares += np.einsum("ij,ij->", W, W)
    return float(cross_entropy + lambd * squares / (2 * m))


@correct("cost_frobenius_norm_squared", "np.linalg.norm(W, 'fro') ** 2, with the 1/m factored out of both terms")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = AL.shape[1]
    L = nn.num_layers(parameters)
    total_loss = nn.compute_cost(AL, Y) * m
    penalty = lambd / 2 * sum(np.linalg.norm(parameters["W" + str(l)], "fro") ** 2
                              for l in range(1, L + 1))
    return float((total_loss + penalty) / m)


@correct("cost_flattened_dot_products", "each W flattened and dotted with itself")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cost = nn.compute_cost(AL, Y)
    for l in range(1, nn.num_layers(parameters) + 1):
        w = np.ravel(parameters[f"W{l}"]).astype(np.float64)
        cost = cost + lambd / (2 * m) * float(w @ w)
    return float(cost)


# ---------------------------------------------------------------------------------------
# backward_propagation_with_regularization
# ---------------------------------------------------------------------------------------


@wrong("backward_divides_by_m_twice", "I divided dW and db by m again although dZ already had the 1/m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_reg_term_missing_m", "I added lambd * W to dW and forgot to divide the L2 term by m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_reg_term_kept_half", "I copied lambd / (2m) from the cost into the gradient instead of lambd / m")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / (2 * m) * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_regularizes_biases", "I added lambd / m * b to db as well as lambd / m * W to dW")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) + lambd / m * cache["b"]
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_no_reg_on_output_layer", "I only added the L2 term inside the 'if l > 1' hidden-layer part, so dW of the output layer has none")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
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


@wrong("backward_db_without_keepdims", "I summed dZ over axis 1 without keepdims, so every db has shape (n,)")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_db_not_divided_by_m", "I started from dZ = AL - Y and divided dW by m but forgot to divide db")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = nn.softmax(caches[-1]["Z"]) - Y
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_scales_cached_weights_in_place", "I scaled cache['W'] in place by lambd / m to build the L2 term, which overwrites the caller's weights")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        dA_prev = cache["W"].T @ dZ
        reg = cache["W"]
        reg *= lambd / m
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + reg
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_m_from_feature_axis", "I took m from X.shape[0] for the L2 term, which is the number of input features")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / Y.shape[1]
    m = X.shape[0]
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@wrong("backward_relu_derivative_on_output", "I also passed the output layer's dZ through relu_backward with Z of layer L")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = nn.relu_backward((nn.softmax(caches[-1]["Z"]) - Y) / m, caches[-1]["Z"])
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dZ = nn.relu_backward(cache["W"].T @ dZ, caches[l - 2]["Z"])
    return grads


@correct("backward_einsum_loop", "np.einsum for the products and m taken from X")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = X.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[L - 1]["Z"]) - Y) / m
    for l in reversed(range(1, L + 1)):
        cache = caches[l - 1]
        W, A_prev = cache["W"], cache["A_prev"]
        grads["dW" + str(l)] = np.einsum("im,jm->ij", dZ, A_prev) + (lambd / m) * W
        grads["db" + str(l)] = np.einsum("im->i", dZ)[:, None]
        if l > 1:
            dA_prev = np.einsum("ji,jm->im", W, dZ)
            dZ = np.where(caches[l - 2]["Z"] > 0, dA_prev, 0.0 * dA_prev)
    return grads


@correct("backward_linear_backward_relu_from_activation", "nn.linear_backward per layer and the ReLU mask read from A_prev > 0")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    grads = {}
    l = len(caches)
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    while l >= 1:
        cache = caches[l - 1]
        dA_prev, dW, db = nn.linear_backward(dZ, cache)
        grads[f"dW{l}"] = dW + lambd / m * cache["W"]
        grads[f"db{l}"] = db
        if l > 1:
            # A_prev of layer l is relu(Z) of layer l-1: positive exactly where that Z > 0
            dZ = dA_prev * (cache["A_prev"] > 0)
        l -= 1
    return grads


@correct("backward_model_backward_plus_decay", "the plain gradients from nn.model_backward plus lambd / m * W afterwards")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    AL = nn.softmax(caches[-1]["Z"])
    grads = dict(nn.model_backward(AL, Y, caches))
    m = Y.shape[1]
    for l, cache in enumerate(caches, start=1):
        grads[f"dW{l}"] = grads[f"dW{l}"] + lambd / m * cache["W"]
    return grads
