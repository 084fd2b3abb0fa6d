"""Held-out implementations of assignment 03, written from the student release only."""
# ruff: noqa: F811
import numpy as np

from dlbasics import nn
from grader_tests.independent import correct, wrong

# ----------------------------------------------------------------------------
# forward_propagation_with_dropout
# ----------------------------------------------------------------------------


@wrong("dof_no_rescale", "I multiplied the activation by the mask but forgot to divide by "
                         "keep_prob.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
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


@wrong("dof_reseed_every_layer", "I created the generator with default_rng(seed) inside the "
                                 "layer loop, so every layer restarts from the same random "
                                 "numbers.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A = X
    caches = []
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


@wrong("dof_drops_input", "I applied dropout to the input layer too, so the first layer "
                          "already sees a masked X (I thought every layer's input gets "
                          "dropped).")
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


@wrong("dof_one_mask_per_unit", "I drew the mask with shape (n[l], 1), one value per unit, "
                                "so the whole batch shares it.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = rng.random((W.shape[0], 1)) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("dof_float64_mask", "I converted the mask to numbers with .astype(float) before "
                           "multiplying, so float32 activations became float64.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
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


@wrong("dof_mask_comparison_reversed", "I wrote the mask as rand > keep_prob, which keeps a "
                                       "unit with probability 1 - keep_prob.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
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


@wrong("dof_caches_masked_z", "I applied the mask to Z (Z = Z * D / keep_prob) and stored "
                              "that Z in the cache, instead of the Z before dropout.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        D = rng.random(Z.shape) < keep_prob
        Z = Z * D / keep_prob
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z, "D": D})
        A = nn.relu(Z)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    ZL = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": ZL})
    return nn.softmax(ZL), caches


@wrong("dof_unseeded_global_rng", "I used np.random.rand for the masks but never called "
                                  "np.random.seed(seed), so the seed argument does nothing.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            D = np.random.rand(Z.shape[0], Z.shape[1]) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("dof_relu_in_place_on_z", "I did the ReLU in place with A = Z; A[A < 0] = 0, which also "
                                 "zeroed the negative entries of the Z I had put in the cache.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L:
            A = Z
            A[A < 0] = 0
            D = rng.random(A.shape) < keep_prob
            A = A * D / keep_prob
            cache["D"] = D
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("dof_last_hidden_not_dropped", "My condition was l < L - 1, so the last hidden layer "
                                      "gets no dropout and no mask.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = nn.linear_forward(A, W, b)
        cache = {"A_prev": A, "W": W, "b": b, "Z": Z}
        if l < L - 1:
            D = rng.random(Z.shape) < keep_prob
            A = nn.relu(Z) * D / keep_prob
            cache["D"] = D
        elif l == L - 1:
            A = nn.relu(Z)
        else:
            A = nn.softmax(Z)
        caches.append(cache)
    return A, caches


@wrong("dof_multiplies_by_keep_prob", "I scaled the kept activations by keep_prob instead of "
                                      "dividing by it.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    rng = np.random.default_rng(seed)
    L = nn.num_layers(parameters)
    A = X
    caches = []
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


@correct("dof_legacy_randomstate_where", "Uses a local np.random.RandomState(seed) with .rand "
                                         "(the older API, without touching the global state) "
                                         "and np.where to zero the dropped units.")
def forward_propagation_with_dropout(X, parameters, keep_prob=0.8, seed=1):
    generator = np.random.RandomState(seed)
    n_layers = len([k for k in parameters if k.startswith("W")])
    dtype = X.dtype
    caches = []
    A_prev = X
    for l in range(1, n_layers + 1):
        W = parameters["W%d" % l]
        b = parameters["b%d" % l]
        Z = np.dot(W, A_prev) + b
        cache = dict(A_prev=A_prev, W=W, b=b, Z=Z)
        caches.append(cache)
        if l == n_layers:
            return nn.softmax(Z), caches
        D = generator.rand(Z.shape[0], Z.shape[1]) < keep_prob
        cache["D"] = D
        scaled = (np.maximum(Z, 0) / keep_prob).astype(dtype, copy=False)
        A_prev = np.where(D, scaled, np.zeros((), dtype=dtype))
    return None, caches  # not reached: there is always an output layer


@correct("dof_hidden_then_output", "Runs the hidden layers in a loop over range(1, L) and the "
                                   "output layer separately; multiplies by the mask in place "
                                   "on a fresh ReLU output and casts back to X's dtype.")
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
        A_new = nn.relu(Z)       # a new array, safe to change in place
        A_new *= D
        A = (A_new / keep_prob).astype(X.dtype, copy=False)
    W, b = parameters[f"W{L}"], parameters[f"b{L}"]
    ZL = nn.linear_forward(A, W, b)
    caches.append({"A_prev": A, "W": W, "b": b, "Z": ZL})
    return nn.softmax(ZL), caches


# ----------------------------------------------------------------------------
# backward_propagation_with_dropout
# ----------------------------------------------------------------------------


@wrong("dob_new_mask", "I drew a new mask with rand < keep_prob in the backward pass instead "
                       "of reading caches[l-1]['D'].")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = np.random.rand(*dA_prev.shape) < keep_prob
            dA_prev = dA_prev * D / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_no_rescale", "I applied the mask to dA but did not divide by keep_prob.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"]
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_no_divide_by_m", "I started the output layer from dZ = AL - Y and forgot the "
                             "division by m.")
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


@wrong("dob_divides_by_m_again", "Besides dZ = (AL - Y) / m I also divided every dW and db by m, "
                                 "like in the formulas dW = (1/m) dZ A^T.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = dZ @ cache["A_prev"].T / m
        grads[f"db{l}"] = np.sum(dZ, axis=1, keepdims=True) / m
        if l > 1:
            dA_prev = cache["W"].T @ dZ
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_float_mask_upcasts", "I converted the stored mask with .astype(float) before "
                                 "multiplying, so float32 gradients came out float64.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            D = caches[l - 2]["D"].astype(float)
            dA_prev = dA_prev * D / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_pops_caches", "I walked back through the layers with cache = caches.pop(), "
                          "which empties the caches list I was given.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    cache = caches.pop()
    dZ = (nn.softmax(cache["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, cache)
        if caches:
            cache = caches.pop()
            dA_prev = dA_prev * cache["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, cache["Z"])
    return grads


@wrong("dob_forgot_relu_derivative", "I applied the mask and the division by keep_prob but then "
                                     "used the result directly as dZ, without the ReLU "
                                     "derivative.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dZ = dA_prev * caches[l - 2]["D"] / keep_prob
    return grads


@wrong("dob_al_from_plain_forward", "X is an argument, so I recomputed AL with nn.model_forward "
                                    "on the cached weights; that forward pass has no dropout, "
                                    "so AL is not the one the masks produced.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    parameters = {}
    for l, cache in enumerate(caches, start=1):
        parameters[f"W{l}"], parameters[f"b{l}"] = cache["W"], cache["b"]
    AL, _ = nn.model_forward(X, parameters)
    grads = {}
    dZ = (AL - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_m_is_number_of_classes", "I took m = Y.shape[0] for the number of examples, but "
                                     "that is the number of classes.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = Y.shape[0]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            dA_prev = dA_prev * caches[l - 2]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@wrong("dob_mask_of_own_layer", "I masked dA_prev with the mask of the current layer, "
                                "caches[l-1]['D'], instead of the mask of layer l-1 (when the "
                                "current layer is the output I skipped the mask).")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        dA_prev, grads[f"dW{l}"], grads[f"db{l}"] = nn.linear_backward(dZ, caches[l - 1])
        if l > 1:
            if "D" in caches[l - 1]:
                dA_prev = dA_prev * caches[l - 1]["D"] / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"])
    return grads


@correct("dob_combined_boolean_mask", "Combines the stored dropout mask and the ReLU mask into "
                                      "one boolean array and uses np.where, with the matrix "
                                      "products written out by hand.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    n_layers = len(caches)
    m = Y.shape[1]
    dtype = X.dtype
    grads = {}
    AL = nn.softmax(caches[n_layers - 1]["Z"])
    dZ = ((AL - Y) / m).astype(dtype, copy=False)
    for l in reversed(range(1, n_layers + 1)):
        cache = caches[l - 1]
        grads["dW%d" % l] = np.matmul(dZ, cache["A_prev"].T).astype(dtype, copy=False)
        grads["db%d" % l] = np.sum(dZ, axis=1, keepdims=True).astype(dtype, copy=False)
        if l == 1:
            break
        previous = caches[l - 2]
        dA_prev = np.matmul(cache["W"].T, dZ)
        passes = np.logical_and(np.asarray(previous["D"], dtype=bool), previous["Z"] > 0)
        dZ = np.where(passes, dA_prev / keep_prob, 0).astype(dtype, copy=False)
    return grads


@correct("dob_einsum_scale_first", "Divides the upstream gradient by keep_prob before masking, "
                                   "applies the ReLU derivative before the dropout mask, and "
                                   "uses np.einsum for dW.")
def backward_propagation_with_dropout(X, Y, caches, keep_prob):
    L = len(caches)
    m = X.shape[1]
    grads = {}
    dZ = (nn.softmax(caches[-1]["Z"]) - Y) / m
    for l in range(L, 0, -1):
        cache = caches[l - 1]
        grads[f"dW{l}"] = np.einsum("im,jm->ij", dZ, cache["A_prev"])
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            dA_prev = np.einsum("ji,jm->im", cache["W"], dZ) / keep_prob
            dZ = nn.relu_backward(dA_prev, caches[l - 2]["Z"]) * caches[l - 2]["D"]
    X_dtype = X.dtype
    return {key: value.astype(X_dtype, copy=False) for key, value in grads.items()}
