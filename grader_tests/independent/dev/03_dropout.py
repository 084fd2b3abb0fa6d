"""Independent implementations of assignment 03, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ---------------------------------------------------------------------------------------
# forward_propagation_with_dropout
# ---------------------------------------------------------------------------------------


@wrong("forward_forgot_divide_by_keep_prob", "I multiplied the activation by the mask but forgot to divide by keep_prob")
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
            cache["D"] = D
            A = nn.relu(Z) * D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_keeps_with_drop_probability", "I mixed up keep_prob with the drop probability and kept units where rand < 1 - keep_prob")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < 1 - keep_prob
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_float64_mask", "I turned the mask into floats with .astype(float), which makes everything float64")
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
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_reseeds_every_layer", "I created the generator from seed inside the layer loop, so layers of equal width get the same mask")
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
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_one_mask_per_unit_for_whole_batch", "I drew one keep/drop value per unit and repeated it over all the examples of the batch")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.repeat(rng.random((Z.shape[0], 1)) < keep_prob, Z.shape[1], axis=1)
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_drops_the_input", "I also applied dropout to the input X before the first layer")
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
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_stores_z_after_dropout", "I applied the mask to Z before the ReLU and stored that dropped Z in the cache")
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
            cache["D"] = D
            A = nn.relu(Z)
        else:
            A = nn.softmax(Z)
        cache["Z"] = Z
        caches.append(cache)
    return A, caches


@wrong("forward_unseeded_global_rng", "I used np.random.rand without seeding, so the same seed gives different masks")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.rand(*Z.shape) < keep_prob
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_hardcodes_keep_prob", "I typed 0.8 for the keep probability instead of using the keep_prob argument")
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
            cache["D"] = D
            A = nn.relu(Z) * D / 0.8
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_no_masks_when_keep_prob_is_one", "When keep_prob is 1 I skip dropout and return nn.model_forward, whose caches have no D")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    if keep_prob >= 1:
        return nn.model_forward(X, parameters)
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            cache["D"] = D
            A = nn.relu(Z) * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("forward_caches_activation_before_dropout", "I stored relu(Z) in the next layer's cache as A_prev but fed the dropped activation forward")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A_forward, A_cached, caches = X, X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A_forward, W, b)
        cache = {"A_prev": A_cached, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random(Z.shape) < keep_prob
            cache["D"] = D
            A_cached = nn.relu(Z)
            A_forward = A_cached * D / keep_prob
        else:
            A_forward = nn.softmax(Z)
        caches.append(cache)
    return A_forward, caches


@wrong("forward_relu_in_place_on_cached_z", "I did the ReLU in place with np.maximum(Z, 0, out=Z), so the cached Z lost its negative values")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            A = np.maximum(Z, 0, out=Z)
            D = rng.random(Z.shape) < keep_prob
            cache["D"] = D
            A = A * D / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@correct("forward_legacy_seed_rand", "np.random.seed(seed) once before the loop and np.random.rand for the masks")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    np.random.seed(seed)
    L = len(parameters) // 2
    caches = []
    A = X
    for l in range(1, L):
        W, b = parameters["W" + str(l)], parameters["b" + str(l)]
        Z = nn.linear_forward(A, W, b)
        D = np.random.rand(Z.shape[0], Z.shape[1]) < keep_prob
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "D": D})
        A = nn.relu(Z)
        A = A * D
        A = A / keep_prob
    W, b = parameters["W" + str(L)], parameters["b" + str(L)]
    Z = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
    return nn.softmax(Z), caches


@correct("forward_randomstate_where", "a RandomState(seed) and np.where(D, relu(Z) / keep_prob, 0) in the dtype of X")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    state = np.random.RandomState(seed)
    L = nn.num_layers(parameters)
    caches = []
    A = X
    for l in range(1, L + 1):
        cache = {"A_prev": A, "W": parameters[f"W{l}"], "b": parameters[f"b{l}"]}
        cache["Z"] = nn.linear_forward(A, cache["W"], cache["b"])
        if l == L:
            caches.append(cache)
            return nn.softmax(cache["Z"]), caches
        D = state.random_sample(cache["Z"].shape) < keep_prob
        cache["D"] = D
        relu = nn.relu(cache["Z"])
        A = np.where(D, relu / keep_prob, relu.dtype.type(0))
        caches.append(cache)


@correct("forward_generator_bernoulli_mask", "masks from rng.binomial(1, keep_prob) compared to 1, i.e. Bernoulli(keep_prob) booleans")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.binomial(1, keep_prob, size=Z.shape) == 1
            cache["D"] = D
            A = np.multiply(nn.relu(Z), D) / keep_prob
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


# ---------------------------------------------------------------------------------------
# backward_propagation_with_dropout
# ---------------------------------------------------------------------------------------


@wrong("backward_forgot_divide_by_keep_prob", "I multiplied dA by the mask but forgot to divide by keep_prob")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"]
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_draws_new_mask", "I drew a new dropout mask in the backward pass instead of using the stored one")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    rng = np.random.default_rng(1)
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = rng.random(dA_prev.shape) < keep_prob
            dA_prev = dA_prev * D / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_multiplies_by_keep_prob", "I multiplied by keep_prob in the backward pass, thinking it undoes the forward division")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] * keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_forgot_divide_by_m", "I started from dZ = AL - Y and forgot the division by m")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    grads = {}
    dZ = nn.softmax(caches[-1]["Z"]) - Y
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_divides_by_m_twice", "I divided dW and db by m after linear_backward although dZ already had the 1/m")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, dW, db = nn.linear_backward(dZ, caches[l - 1])
        grads[f"dW{l}"], grads[f"db{l}"] = dW / m, db / m
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_divides_by_keep_prob_twice", "I divided by keep_prob when applying the mask and again after the ReLU derivative")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"]) / keep_prob
    return grads


@wrong("backward_float64_mask", "I converted the mask with astype(np.float64) before multiplying, so float32 inputs give float64 gradients")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = caches[l - 2]["D"].astype(np.float64)
            dZ = nn.relu_backward(dA_prev * D / keep_prob, caches[l - 2]["Z"])
    return grads


@wrong("backward_dw_uses_undropped_activation", "I recomputed each layer's input as relu(Z) of the layer below for dW, without its mask")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        A_prev = X if l == 1 else nn.relu(caches[l - 2]["Z"])
        grads[f"dW{l}"] = dZ @ A_prev.T
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True)
        if l > 1:
            dA_prev = cache["W"].T @ dZ * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("backward_writes_scaled_mask_into_cache", "I saved D / keep_prob back into the cache's 'D' to reuse it, which overwrites the caller's boolean masks")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            cache_below = caches[l - 2]
            cache_below["D"] = (cache_below["D"] / keep_prob).astype(dA_prev.dtype)
            dZ = nn.relu_backward(dA_prev * cache_below["D"], cache_below["Z"])
    return grads


@wrong("backward_sign_flipped", "I wrote dZ = (Y - AL) / m for the output layer, the wrong way round")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[1]
    grads = {}
    dZ = (Y - nn.softmax(caches[-1]["Z"])) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@correct("backward_mask_after_relu_derivative", "ReLU derivative first, then mask and 1/keep_prob (elementwise, so the order does not matter), with einsum")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    m = Y.shape[1]
    grads = {}
    L = len(caches)
    dZ = (nn.softmax(caches[L - 1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads["dW" + str(l)] = np.einsum("im,jm->ij", dZ, cache["A_prev"])
        grads["db" + str(l)] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            below = caches[l - 2]
            dA_prev = np.einsum("ji,jm->im", cache["W"], dZ)
            dZ = np.where(below["D"], nn.relu_backward(dA_prev, below["Z"]) / keep_prob,
                          dA_prev.dtype.type(0))
    return grads


@correct("backward_relu_mask_from_dropped_activation", "the ReLU mask read from the cached A_prev > 0 (already zero where dropped) and the stored D")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in reversed(range(1, len(caches) + 1)):
        cache = caches[l - 1]
        dA_prev, dW, db = nn.linear_backward(dZ, cache)
        grads[f"dW{l}"] = dW
        grads[f"db{l}"] = db
        if l > 1:
            # cache["A_prev"] = relu(Z) * D / keep_prob of the layer below:
            # positive exactly where that Z > 0 and the unit was kept
            dZ = dA_prev * caches[l - 2]["D"] / keep_prob * (cache["A_prev"] > 0)
    return grads
