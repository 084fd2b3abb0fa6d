"""Held-out implementations of assignment 03, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# forward_propagation_with_dropout
# ----------------------------------------------------------------------------


@wrong("dof_no_rescale", "I multiplied the activation by the mask but forgot to divide by "
                         "keep_prob afterwards.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            A = nn.relu(Z)
            D = rng.random(A.shape) < keep_prob
            A = A * D
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_mask_greater_than", "I wrote the mask as rand > keep_prob, so a unit is kept with "
                                "probability 1 - keep_prob instead of keep_prob.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = rng.random(Z.shape) > keep_prob
            A = nn.relu(Z) * D / keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_float64_mask", "I converted the mask to numbers with .astype(float) before "
                           "multiplying, so float32 activations come out as float64.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = (rng.random(Z.shape) < keep_prob).astype(float)
            A = nn.relu(Z) * D / keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_reseed_each_layer", "I created the generator from seed inside the layer loop, so "
                                "every hidden layer draws the same random numbers again.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            rng = np.random.default_rng(seed)
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_mask_per_unit", "I drew one mask value per unit, shape (n[l], 1), and let it "
                            "broadcast over the batch, so every example drops the same units.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = rng.random((Z.shape[0], 1)) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_drops_input", "I applied dropout to the input X as well, before the first layer, "
                          "so caches[0]['A_prev'] is the dropped X.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    D0 = rng.random(X.shape) < keep_prob
    A, caches = X * D0 / keep_prob, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_drops_output", "I put dropout on every layer, the output layer too: its Z is "
                           "masked and rescaled before the softmax and its cache gets a D.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        D = rng.random(Z.shape) < keep_prob
        caches[-1]["D"] = D
        if l < L:
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z * D / keep_prob)
    return A, caches


@wrong("dof_z_stored_after_dropout", "I dropped Z itself (Z = Z * D / keep_prob) before the "
                                     "ReLU and then saved that Z in the cache, not the one "
                                     "before dropout.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            Z = Z * D / keep_prob
            A = nn.relu(Z)
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        cache["Z"] = Z
        caches.append(cache)
    return A, caches


@wrong("dof_times_keep_prob", "I scaled the kept activations by multiplying by keep_prob, "
                              "thinking that matches the expected value, instead of dividing.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D * keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_unseeded_global", "I drew the masks with np.random.rand but never called "
                              "np.random.seed(seed), so the same seed gives different masks.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = np.random.rand(*Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_skip_when_keep_all", "I skip the dropout step when keep_prob == 1 since nothing "
                                 "is dropped, but then the hidden caches have no 'D' mask.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            A = nn.relu(Z)
            if keep_prob < 1:
                D = rng.random(Z.shape) < keep_prob
                A = A * D / keep_prob
                caches[-1]["D"] = D
        else:
            A = nn.softmax(Z)
    return A, caches


@wrong("dof_cast_float32", "Because of 'float32 in, float32 out' I cast every activation to "
                           "np.float32, which also turns float64 inputs into float32.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = (nn.relu(Z) * D / keep_prob).astype(np.float32)
            caches[-1]["D"] = D
        else:
            A = nn.softmax(Z).astype(np.float32)
    return A, caches


@correct("dof_legacy_global_seed", "seeds the global generator once with np.random.seed and "
                                   "draws with np.random.rand, writing the layer maths by hand.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len(parameters) // 2
    caches = []
    A = X
    for l in range(1, L + 1):
        W = parameters["W" + str(l)]
        b = parameters["b" + str(l)]
        Z = np.dot(W, A) + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        caches.append(cache)
        if l == L:
            break
        A = np.maximum(Z, 0)
        D = np.random.rand(Z.shape[0], Z.shape[1]) < keep_prob
        A = np.multiply(A, D)
        A = A / keep_prob
        cache["D"] = D
    AL = nn.softmax(Z)
    return AL, caches


@correct("dof_where_hidden_then_output", "loops over the hidden layers only, applies the mask "
                                         "with np.where, then handles the output layer after "
                                         "the loop.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    caches = []
    A = X
    for l in range(1, L):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        D = rng.random(Z.shape) < keep_prob
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "D": D})
        A = np.where(D, nn.relu(Z) / keep_prob, 0).astype(Z.dtype)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


# ----------------------------------------------------------------------------
# backward_propagation_with_dropout
# ----------------------------------------------------------------------------


@wrong("dob_no_rescale", "I multiplied dA by the stored mask but forgot to divide by "
                         "keep_prob in the backward pass.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"]
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_new_mask", "I drew a fresh mask with rand < keep_prob in the backward pass "
                       "instead of reusing the one stored in the cache.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    rng = np.random.default_rng(1)
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = rng.random(dA_prev.shape) < keep_prob
            dA_prev = dA_prev * D / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_times_keep_prob", "I multiplied the masked gradient by keep_prob instead of "
                              "dividing by it.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] * keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_divide_by_m_again", "I divided dW and db by m on top of dZ = (AL - Y) / m, so "
                                "the 1/m is applied twice.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"] = dW / m
        grads[f"db{l}"] = db / m
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_float64_mask", "I turned the boolean mask into floats with .astype(float) before "
                           "using it, so float32 gradients come back as float64.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = caches[l - 2]["D"].astype(float)
            dA_prev = dA_prev * D / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_no_relu_derivative", "After applying the mask I used dA as dZ directly and "
                                 "forgot the ReLU's derivative.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = dA_prev * caches[l - 2]["D"] / keep_prob
    return grads


@wrong("dob_softmax_forgotten", "I started from dZ = (Z - Y) / m with the output layer's "
                                "cached Z, forgetting to turn it into probabilities with "
                                "softmax first.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = caches[-1]["Z"]
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_m_from_rows", "I took m from Y.shape[0], the number of classes, instead of the "
                          "number of examples.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[0]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_inplace_relu_mask", "I turned the cached Z into the ReLU derivative in place "
                                "(Z[Z > 0] = 1, Z[Z <= 0] = 0), which overwrites the Z "
                                "stored in the caches.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            Z = caches[l - 2]["Z"]
            Z[Z > 0] = 1
            Z[Z <= 0] = 0
            dZ = dA_prev * Z
    return grads


@wrong("dob_mask_of_current_layer", "I reused the mask of the layer whose gradient I had just "
                                    "computed (caches[l-1]['D']) for dA_prev, and skip the "
                                    "mask when that layer has none (the output layer).")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            if "D" in caches[l - 1]:
                dA_prev = dA_prev * caches[l - 1]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@correct("dob_relu_then_mask", "applies the ReLU derivative first and the mask with "
                               "1/keep_prob afterwards (both are elementwise, so the order "
                               "does not matter), writing the linear backward by hand.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[L - 1]["Z"]) - Y) / m
    for l in reversed(range(1, L + 1)):
        cache = caches[l - 1]
        grads["dW" + str(l)] = dZ @ cache["A_prev"].T
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            below = caches[l - 2]
            dA_prev = cache["W"].T @ dZ
            dZ = nn.relu_backward(dA_prev, below["Z"])
            dZ = dZ * below["D"] / keep_prob
    return grads


@correct("dob_where_single_mask", "combines the dropout mask and the ReLU condition into one "
                                  "boolean and applies it with np.where, dtype kept from dA.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    m = Y.shape[1]
    L = len(caches)
    AL = nn.softmax(caches[-1]["Z"])
    dZ = (AL - Y) / m
    grads = {}
    l = L
    while l > 0:
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"], grads[f"db{l}"] = dW, db
        if l > 1:
            prev = caches[l - 2]
            active = np.logical_and(prev["D"], prev["Z"] > 0)
            dZ = np.where(active, dA_prev / keep_prob, 0).astype(dA_prev.dtype)
        l -= 1
    return grads
