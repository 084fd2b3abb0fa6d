"""Public tests of assignment 03: dropout."""

import numpy as np

from dlbasics import nn
from dlbasics.gradcheck import dictionary_to_vector, vector_to_dictionary
from dlbasics.public_tests import passed, public_test, require


def _network(seed, dims, m, dtype=np.float64):
    """Random inputs (n0, m) and He-scaled parameters with small non-zero biases."""
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((dims[0], m)).astype(dtype)
    parameters = {}
    for l in range(1, len(dims)):
        W = rng.standard_normal((dims[l], dims[l - 1])) * np.sqrt(2 / dims[l - 1])
        parameters[f"W{l}"] = W.astype(dtype)
        parameters[f"b{l}"] = (0.1 * rng.standard_normal((dims[l], 1))).astype(dtype)
    return X, parameters


@public_test
def test_forward_propagation_with_dropout(target):
    dims, m, keep_prob = [6, 50, 40, 3], 120, 0.7
    X, parameters = _network(0, dims, m, np.float32)
    result = target(X, parameters, keep_prob=keep_prob, seed=4)
    require(isinstance(result, tuple) and len(result) == 2,
            "The function should return the pair (AL, caches).")
    AL, caches = result
    require(isinstance(caches, list) and len(caches) == 3,
            "`caches` should be a list with one dict per layer (3 here).")
    for l, cache in enumerate(caches, start=1):
        keys = {"A_prev", "W", "b", "Z"} | ({"D"} if l < 3 else set())
        require(keys <= set(cache), f"`caches[{l - 1}]` should hold the keys {sorted(keys)}.")
    require("D" not in caches[-1], "The output layer is never dropped: `caches[-1]` should "
                                   "have no mask \"D\".")
    require(np.array_equal(caches[0]["A_prev"], X),
            "`caches[0]['A_prev']` should be X itself: the input is never dropped.")
    require(np.shape(AL) == (3, m), f"`AL` should have shape (3, {m}), got {np.shape(AL)}.")
    require(AL.dtype == np.float32, f"`AL` should keep the dtype of X (float32), got "
                                    f"{AL.dtype}. Is your mask float64?")
    for l in (1, 2):
        cache = caches[l - 1]
        Z, D = cache["Z"], np.asarray(cache["D"])
        require(np.allclose(Z, cache["W"] @ cache["A_prev"] + cache["b"], atol=1e-5),
                f"`caches[{l - 1}]['Z']` should be W @ A_prev + b, before any dropout.")
        require(D.shape == Z.shape, f"The mask of layer {l} should have the shape of its "
                                    f"activation, {Z.shape}, got {D.shape}.")
        require(np.all((D == 0) | (D == 1)), f"The mask of layer {l} should hold only 0 and "
                                             f"1 (True and False).")
        kept = nn.relu(Z) * D
        hint = (" You forgot to divide by keep_prob." if np.allclose(caches[l]["A_prev"], kept)
                else "")
        require(np.allclose(caches[l]["A_prev"], kept / keep_prob, atol=1e-6),
                f"The input of layer {l + 1} should be relu(Z{l}) * D{l} / keep_prob.{hint}")
        fraction = D.mean()
        require(abs(fraction - keep_prob) < 0.05,
                f"Layer {l} keeps a fraction {fraction:.3f} of its units; with keep_prob = "
                f"{keep_prob} it should keep about {keep_prob}.")
    require(np.allclose(AL, nn.softmax(caches[-1]["Z"]), atol=1e-6),
            "`AL` should be the softmax of the output layer's Z (no dropout there).")
    again = target(X, parameters, keep_prob=keep_prob, seed=4)[1]
    require(all(np.array_equal(a["D"], b["D"]) for a, b in zip(caches[:-1], again[:-1])),
            "Two calls with the same seed should give the same masks: seed your random "
            "generator with `seed` inside the function.")
    other = target(X, parameters, keep_prob=keep_prob, seed=5)[1]
    require(not np.array_equal(caches[0]["D"], other[0]["D"]),
            "A different seed should give different masks.")
    passed("forward_propagation_with_dropout")


def _caches_with_masks(X, parameters, masks, keep_prob):
    """Caches of a dropout forward pass whose masks are given (not random)."""
    L = len(parameters) // 2
    A, caches = X, []
    for l in range(1, L + 1):
        W, b = parameters[f"W{l}"], parameters[f"b{l}"]
        Z = W @ A + b
        caches.append({"A_prev": A, "W": W, "b": b, "Z": Z})
        if l < L:
            caches[-1]["D"] = masks[l - 1]
            A = (nn.relu(Z) * masks[l - 1] / keep_prob).astype(X.dtype)
    return caches


def _numerical_gradients(X, Y, parameters, masks, keep_prob, epsilon=1e-6):
    """Two-sided differences of the cost with the masks held fixed."""
    theta, layout = dictionary_to_vector(parameters)
    approx = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        costs = []
        for sign in (1, -1):
            shifted = theta.copy()
            shifted[i] += sign * epsilon
            caches = _caches_with_masks(X, vector_to_dictionary(shifted, layout), masks,
                                        keep_prob)
            costs.append(nn.compute_cost(nn.softmax(caches[-1]["Z"]), Y))
        approx[i] = (costs[0] - costs[1]) / (2 * epsilon)
    return vector_to_dictionary(approx, layout)


@public_test
def test_backward_propagation_with_dropout(target):
    dims, m, keep_prob = [4, 5, 3, 3], 6, 0.6
    X, parameters = _network(1, dims, m)
    rng = np.random.default_rng(2)
    Y = np.eye(3)[:, rng.integers(0, 3, m)]
    masks = [rng.random((n, m)) < keep_prob for n in dims[1:-1]]
    grads = target(X, Y, _caches_with_masks(X, parameters, masks, keep_prob), keep_prob)
    require(isinstance(grads, dict), f"`grads` should be a dict, got {type(grads).__name__}.")
    expected = _numerical_gradients(X, Y, parameters, masks, keep_prob)
    L = len(dims) - 1
    for key in reversed(list(expected)):  # from the output layer back to the first
        name, value = f"d{key}", expected[key]
        require(name in grads, f"`grads` is missing the key {name!r}.")
        require(np.shape(grads[name]) == value.shape,
                f"`grads[{name!r}]` should have shape {value.shape}, got "
                f"{np.shape(grads[name])}.")
        hint = ("The output layer's gradient starts from dZ = (softmax(Z) - Y) / m."
                if key.endswith(str(L)) else
                "Multiply dA of each hidden layer by its stored mask D and divide by "
                "keep_prob, then apply the ReLU's derivative.")
        require(np.allclose(grads[name], value, rtol=1e-5, atol=1e-8),
                f"`grads[{name!r}]` does not match the numerical gradient (computed with the "
                f"same masks held fixed). {hint}")
    X32 = X.astype(np.float32)
    params32 = {k: v.astype(np.float32) for k, v in parameters.items()}
    grads32 = target(X32, Y.astype(np.float32),
                     _caches_with_masks(X32, params32, masks, keep_prob), keep_prob)
    require(all(np.asarray(grads32[f"d{key}"]).dtype == np.float32 for key in parameters),
            "With float32 inputs every gradient should be float32.")
    passed("backward_propagation_with_dropout")
