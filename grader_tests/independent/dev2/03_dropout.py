"""Held-out implementations of assignment 03, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# forward_propagation_with_dropout
# ---------------------------------------------------------------------------------------


@wrong("fwd_no_rescale", "I applied the mask but forgot to divide by keep_prob")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_mask_greater",
       "I wrote the mask as rand > keep_prob, so I keep 1 - keep_prob of the units")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) > keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_drop_output_layer", "I applied dropout to every layer, the softmax output included")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        D = rng.random(Z.shape) < keep_prob
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "D": D})
        A = nn.relu(Z) if l < L else nn.softmax(Z)
        A = A * D / keep_prob
    return A, caches


@wrong("fwd_drop_input", "I also dropped pixels of the input X before the first layer")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X * (rng.random(X.shape) < keep_prob) / keep_prob
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_mask_per_unit",
       "I drew one mask value per unit, shape (n, 1), shared by the whole batch")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random((Z.shape[0], 1)) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_reseed_each_layer",
       "I created the generator from seed inside the loop, so layers of equal width share a mask")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            rng = np.random.default_rng(seed)
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_float64_mask",
       "I converted the mask with .astype(float), which turns float32 activations into float64")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = (rng.random(Z.shape) < keep_prob).astype(float)
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_mask_on_z", "I applied the mask and the rescale to Z before the ReLU and stored that Z")
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


@wrong("fwd_unseeded", "I used np.random.rand without seeding, so the seed argument does nothing")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.rand(*Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_hardcoded_keep_prob", "I wrote 0.8 in the mask and the division instead of keep_prob")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < 0.8
            A = nn.relu(Z) * D / 0.8
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_stored_mask_differs",
       "I drew the random numbers twice: once for the stored mask, once for the one I applied")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            cache["D"] = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * (rng.random(Z.shape) < keep_prob) / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_multiply_keep_prob", "I multiplied by keep_prob instead of dividing by it")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D * keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("fwd_mask_float_dtype",
       "I stored the mask as a float array of 0s and 1s in X's dtype instead of a boolean one")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = (rng.random(Z.shape) < keep_prob).astype(X.dtype)
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@correct("fwd_legacy_where",
         "legacy np.random.seed/rand, np.where for the kept units, explicit casts")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len([key for key in parameters if key.startswith("W")])
    dtype = X.dtype
    caches = []
    A_prev = X
    for l in range(1, L + 1):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = np.dot(W, A_prev) + b
        caches.append({"A_prev": A_prev, "W": W, "b": b, "Z": Z})
        if l == L:
            shifted = np.exp(Z - Z.max(axis=0, keepdims=True))
            AL = (shifted / shifted.sum(axis=0, keepdims=True)).astype(dtype, copy=False)
            return AL, caches
        D = np.random.rand(Z.shape[0], Z.shape[1]) < keep_prob
        caches[-1]["D"] = D
        A_prev = np.where(D, np.maximum(Z, 0) / keep_prob, 0).astype(dtype, copy=False)


@correct("fwd_generator_helpers", "one default_rng; nn helpers; mask drawn right after the ReLU")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    caches = []
    A = X
    for l in range(1, L):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        activation = nn.relu(Z)
        mask = rng.random(activation.shape) < keep_prob
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "D": mask})
        A = activation * mask
        A = A / keep_prob
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


# ---------------------------------------------------------------------------------------
# backward_propagation_with_dropout
# ---------------------------------------------------------------------------------------


@wrong("back_no_rescale",
       "I applied the mask in the backward pass but not the division by keep_prob")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"]
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("back_new_mask", "I drew a fresh mask in the backward pass instead of using the stored D")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    rng = np.random.default_rng(1)
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = rng.random(dA_prev.shape) < keep_prob
            dZ = nn.relu_backward(dA_prev * D / keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("back_mask_instead_of_relu",
       "I thought the mask already zeroes the dead units, so I skipped the ReLU derivative")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = dA_prev * caches[l - 2]["D"] / keep_prob
    return grads


@wrong("back_multiply_keep_prob", "I multiplied the gradient by keep_prob instead of dividing")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = nn.relu_backward(dA_prev * caches[l - 2]["D"] * keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("back_no_average", "I started from dZ = AL - Y and forgot the 1/m of the averaged cost")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    grads = {}
    dZ = nn.softmax(caches[-1]["Z"]) - Y
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = nn.relu_backward(dA_prev * caches[l - 2]["D"] / keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("back_divide_m_twice", "I divided dW and db by m again after linear_backward")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"], grads[f"db{l}"] = dW / m, db / m
        if l > 1:
            dZ = nn.relu_backward(dA_prev * caches[l - 2]["D"] / keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("back_float64_mask",
       "I converted the boolean mask with .astype(float), so float32 gradients become float64")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = caches[l - 2]["D"].astype(float)
            dZ = nn.relu_backward(dA_prev * D / keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("back_skip_first_mask",
       "My condition was l > 2, so the mask of the first hidden layer is never applied")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            if l > 2:
                dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("back_sigmoid_output", "I recomputed AL with a sigmoid instead of the softmax")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    AL = 1 / (1 + np.exp(-caches[-1]["Z"]))
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = nn.relu_backward(dA_prev * caches[l - 2]["D"] / keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("back_relu_ge_zero", "I wrote the ReLU derivative as Z >= 0 instead of Z > 0")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = dA_prev * caches[l - 2]["D"] / keep_prob * (caches[l - 2]["Z"] >= 0)
    return grads


@wrong("back_db_flat", "I summed db without keepdims, so it is (n,) instead of (n, 1)")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L, m = len(caches), Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T
        grads[f"db{l}"] = np.sum(dZ, axis=1)
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            dZ = nn.relu_backward(dA_prev * caches[l - 2]["D"] / keep_prob, caches[l - 2]["Z"])
    return grads


@correct("back_manual_where", "fully manual: own softmax, np.where for mask and ReLU together")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    m = X.shape[1]
    L = len(caches)
    Z_out = caches[-1]["Z"]
    e = np.exp(Z_out - Z_out.max(axis=0, keepdims=True))
    dZ = (e / e.sum(axis=0, keepdims=True) - Y) / m
    grads = {}
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads["dW" + str(l)] = np.dot(dZ, cache["A_prev"].T)
        grads["db" + str(l)] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            below = caches[l - 2]
            dA = np.dot(cache["W"].T, dZ)
            passes = np.logical_and(below["D"], below["Z"] > 0)
            dZ = np.where(passes, dA / keep_prob, 0).astype(dA.dtype, copy=False)
    return grads


@correct("back_reversed_pairs", "iterates over reversed caches with enumerate, helpers from nn")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) * (1.0 / m)
    for offset, cache in enumerate(reversed(caches)):
        l = L - offset
        dA_prev, dW, db = nn.linear_backward(dZ, cache)
        grads[f"dW{l}"] = dW
        grads[f"db{l}"] = db
        if l == 1:
            break
        previous = caches[l - 2]
        dA_prev = dA_prev * previous["D"]
        dA_prev /= keep_prob
        dZ = nn.relu_backward(dA_prev, previous["Z"])
    return dict(sorted(grads.items()))
