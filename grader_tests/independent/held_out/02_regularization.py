"""Held-out implementations of assignment 02, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# compute_cost_with_regularization
# ----------------------------------------------------------------------------


@wrong("l2c_biases_penalized", "I looped over every entry of parameters and summed the "
                               "squares of the biases along with the weights.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = nn.compute_cost(AL, Y)
    squares = 0.0
    for value in parameters.values():
        squares += np.sum(np.square(value))
    return float(cross_entropy + lambd / (2 * m) * squares)


@wrong("l2c_missing_half", "I wrote lambd / m for the factor in front of the sum and forgot "
                           "the 1/2.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / m * l2)


@wrong("l2c_missing_m", "I used lambd / 2 times the sum of squares, forgetting to divide the "
                        "penalty by the number of examples m.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / 2 * l2)


@wrong("l2c_norm_not_squared", "I used np.linalg.norm(W) for each layer, the Frobenius norm "
                               "itself, and forgot to square it.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.linalg.norm(parameters[f"W{l}"]) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("l2c_output_layer_skipped", "I looped over range(1, L), so the weights of the output "
                                   "layer are not in the penalty.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = 0.0
    for l in range(1, L):
        l2 += np.sum(np.square(parameters[f"W{l}"]))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("l2c_m_from_rows", "I took m = AL.shape[0], which is the number of classes, not the "
                          "number of examples.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = AL.shape[0]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("l2c_precedence", "I typed lambd / 2 * m, which Python reads as (lambd / 2) * m, so "
                         "the penalty is multiplied by m instead of divided.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / 2 * m * l2)


@wrong("l2c_square_of_sum", "I squared the sum of the weights, np.sum(W) ** 2, instead of "
                            "summing the squared weights.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(parameters[f"W{l}"]) ** 2 for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("l2c_abs_values", "I summed the absolute values of the weights (that is L1), not "
                         "their squares.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.abs(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("l2c_mean_of_squares", "I used np.mean(np.square(W)) per layer, thinking the norm is "
                              "an average, so each layer's sum is divided by its size.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    l2 = sum(np.mean(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(nn.compute_cost(AL, Y) + lambd / (2 * m) * l2)


@wrong("l2c_ce_mean_over_classes", "I wrote the cross-entropy myself with np.mean over the "
                                   "whole (10, m) array, which also divides by the number of "
                                   "classes.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    cross_entropy = -np.mean(Y * np.log(AL))
    L = nn.num_layers(parameters)
    l2 = sum(np.sum(np.square(parameters[f"W{l}"])) for l in range(1, L + 1))
    return float(cross_entropy + lambd / (2 * m) * l2)


@correct("l2c_einsum_grouped", "sums squares with np.einsum and uses the grouped form "
                               "(total loss + lambd/2 * sum) / m.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    total_loss = nn.compute_cost(AL, Y) * m
    weights = [value for key, value in parameters.items() if key.startswith("W")]
    squares = sum(float(np.einsum("ij,ij->", W, W)) for W in weights)
    return float((total_loss + lambd / 2 * squares) / m)


@correct("l2c_flat_dot", "flattens each weight matrix and takes the dot product with itself, "
                         "counting the layers with nn.num_layers.")
def compute_cost_with_regularization(AL, Y, parameters, lambd):
    m = Y.shape[1]
    L = nn.num_layers(parameters)
    penalty = 0.0
    for l in range(L, 0, -1):
        w = np.ravel(parameters["W" + str(l)]).astype(np.float64)
        penalty += float(w @ w)
    return nn.compute_cost(AL, Y) + (lambd / (2.0 * m)) * penalty


# ----------------------------------------------------------------------------
# backward_propagation_with_regularization
# ----------------------------------------------------------------------------


@wrong("l2b_divide_by_m_again", "I divided dW and db by m again, as in the plain backward "
                                "pass I remembered, although dZ of the output already has 1/m.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        dA_prev = cache["W"].T @ dZ
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_lambda_over_2m", "I differentiated the penalty as lambd / (2m) * W, keeping the "
                             "1/2 from the cost.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd / (2 * m) * caches[l - 1]["W"]
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_bias_decay", "I added lambd / m * b to db as well, regularizing the biases like "
                         "the weights.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        dA_prev, dW, db = nn.linear_backward(dZ, cache)
        grads[f"dW{l}"] = dW + lambd / m * cache["W"]
        grads[f"db{l}"] = db + lambd / m * cache["b"]
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_no_m_in_penalty", "I added lambd * W to dW, without dividing by m.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd * caches[l - 1]["W"]
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_relu_wrong_layer_z", "For the ReLU derivative I used caches[l-1]['Z'], the Z of "
                                 "the layer I just did, instead of the Z of layer l-1.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd / m * caches[l - 1]["W"]
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 1]["Z"])
    return grads


@wrong("l2b_sign_flipped", "I started the backward pass from dZ = (Y - AL) / m, with the sign "
                           "the wrong way round.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (Y - AL) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd / m * caches[l - 1]["W"]
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_output_layer_not_regularized", "I only added the L2 term for the hidden layers "
                                           "(l < L), treating the output layer as special.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        if l < L:
            dW = dW + lambd / m * caches[l - 1]["W"]
        grads[f"dW{l}"] = dW
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_stores_dz_in_cache", "I saved each layer's dZ into its cache dict "
                                 "(cache['dZ'] = dZ) to keep track of it, which changes the "
                                 "caches I was given.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    caches[-1]["dZ"] = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        dA_prev, dW, db = nn.linear_backward(cache["dZ"], cache)
        grads[f"dW{l}"] = dW + lambd / m * cache["W"]
        grads[f"db{l}"] = db
        if l > 1:
            caches[l - 2]["dZ"] = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_db_no_keepdims", "I summed dZ over axis 1 without keepdims=True, so every db is a "
                             "flat (n[l],) vector instead of a column.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T + lambd / m * cache["W"]
        grads[f"db{l}"] = np.sum(dZ, axis=1)
        dA_prev = cache["W"].T @ dZ
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("l2b_m_from_x_rows", "I took m = X.shape[0]; that is the number of input features, "
                            "not the number of examples.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = X.shape[0]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW + lambd / m * caches[l - 1]["W"]
        grads[f"db{l}"] = db
        if l > 1:
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@correct("l2b_explicit_matmul_apre_mask", "writes the linear backward by hand and takes the "
                                          "ReLU mask from the next layer's input A_prev > 0 "
                                          "(equal to Z > 0 for a ReLU output).")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[L - 1]["Z"]) - Y) / m
    l = L
    while l >= 1:
        cache = caches[l - 1]
        A_prev, W = cache["A_prev"], cache["W"]
        grads["dW" + str(l)] = np.dot(dZ, A_prev.T) + (lambd / m) * W
        grads["db" + str(l)] = dZ.sum(axis=1).reshape(-1, 1)
        if l > 1:
            dZ = np.where(A_prev > 0, np.dot(W.T, dZ), 0)
        l -= 1
    return grads


@correct("l2b_einsum_decay_first", "computes the decay term first and adds the cross-entropy "
                                   "part with np.einsum, collecting the gradients in a list.")
def backward_propagation_with_regularization(X, Y, caches, lambd):
    m = Y.shape[1]
    L = len(caches)
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) * (1.0 / m)
    collected = []
    for l in reversed(range(1, L + 1)):
        cache = caches[l - 1]
        decay = (lambd / m) * cache["W"]
        dW = decay + np.einsum("im,jm->ij", dZ, cache["A_prev"])
        db = np.einsum("im->i", dZ)[:, None]
        collected.append((l, dW, db))
        if l > 1:
            dA_prev = np.einsum("ij,im->jm", cache["W"], dZ)
            dZ = dA_prev * (caches[l - 2]["Z"] > 0)
    grads = {}
    for l, dW, db in collected:
        grads[f"dW{l}"] = dW
        grads[f"db{l}"] = db
    return grads
