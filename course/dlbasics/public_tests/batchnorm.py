"""Public tests of assignment 07: batch normalization (small fixed examples)."""

import copy

import numpy as np

from dlbasics.public_tests import passed, public_test, require

# three units (rows), four examples (columns); every unit has its own scale
Z = np.array([[1.0, -2.0, 3.5, 0.5], [0.2, 0.4, -0.1, 0.3], [5.0, 7.0, 6.0, 10.0]])
GAMMA = np.array([[1.5], [-0.5], [2.0]])
BETA = np.array([[0.1], [-1.0], [0.0]])
Z_TEST = np.array([[0.0, 2.0], [0.5, -0.5], [8.0, 4.0]])
DOUT = np.array([[0.3, -1.2, 0.5, 2.0], [1.0, 0.1, -0.4, 0.2], [-0.7, 0.9, 0.3, -0.1]])

OUT_TRAIN = np.array([[0.292055, -2.012606, 2.212606, -0.092055],
                      [-1.000000, -1.534446, -0.198331, -1.267223],
                      [-2.138087, 0.000000, -1.069043, 3.207130]])
RUNNING_MEAN = np.array([[0.075], [0.02], [0.7]])
RUNNING_VAR = np.array([[1.28125], [0.9035], [1.25]])
OUT_TEST = np.array([[0.000612, 2.650958], [-1.252490, -0.726469], [13.058585, 5.903196]])
DZ = np.array([[-0.130345, -0.640395, -0.511935, 1.282676],
               [-2.070979, 0.944650, 0.754212, 0.372116],
               [-0.733059, 0.855235, 0.274897, -0.397073]])
DGAMMA = np.array([[2.176624], [0.855114], [0.427617]])
DBETA = np.array([[1.6], [0.9], [0.4]])
CACHE_KEYS = ("Z", "Z_norm", "mu", "var", "gamma", "eps")


def _fresh_bn_param(n=3, mode="train"):
    return {"mode": mode, "eps": 1e-5, "momentum": 0.9,
            "running_mean": np.zeros((n, 1)), "running_var": np.ones((n, 1))}


def _close(got, want):
    return np.shape(got) == np.shape(want) and np.allclose(got, want, atol=1e-5)


def _train_cache():
    """The train-mode cache of Z, built from the keys the docstring documents."""
    mu, var = Z.mean(axis=1, keepdims=True), Z.var(axis=1, keepdims=True)
    return {"Z": Z, "Z_norm": (Z - mu) / np.sqrt(var + 1e-5), "mu": mu, "var": var,
            "gamma": GAMMA, "eps": 1e-5}


@public_test
def test_batchnorm_forward(target):
    bn_param = _fresh_bn_param()
    result = target(Z, GAMMA, BETA, bn_param)
    require(isinstance(result, tuple) and len(result) == 2,
            "batchnorm_forward should return the tuple (out, cache).")
    out, cache = result
    require(np.shape(out) == Z.shape, f"`out` should have the shape of Z {Z.shape}, got "
                                      f"{np.shape(out)}.")
    require(np.allclose(np.mean(out, axis=1, keepdims=True), BETA, atol=1e-6),
            "In train mode every unit (row) of `out` should have mean beta: normalize each "
            "row with its own mean over the batch (axis=1).")
    require(_close(out, OUT_TRAIN),
            "`out` has wrong values in train mode. Check: the variance divides by m "
            "(np.var's default), eps goes inside the square root, out = gamma * Z_norm + beta.")
    require(isinstance(cache, dict) and all(k in cache for k in CACHE_KEYS),
            f"`cache` should be a dict with the keys {CACHE_KEYS}.")
    require(np.shape(bn_param["running_mean"]) == (3, 1)
            and np.shape(bn_param["running_var"]) == (3, 1),
            "bn_param's running_mean and running_var should keep the shape (n, 1).")
    require(_close(bn_param["running_mean"], RUNNING_MEAN)
            and _close(bn_param["running_var"], RUNNING_VAR),
            "After one train-mode call from running_mean = 0 and running_var = 1, bn_param "
            "should hold momentum * old + (1 - momentum) * batch statistic.")

    bn_param["mode"] = "test"
    before = copy.deepcopy(bn_param)
    out_test, _ = target(Z_TEST, GAMMA, BETA, bn_param)
    require(_close(bn_param["running_mean"], before["running_mean"])
            and _close(bn_param["running_var"], before["running_var"]),
            "A test-mode call should not change the running statistics.")
    require(_close(out_test, OUT_TEST),
            "`out` has wrong values in test mode: normalize with bn_param's running_mean "
            "and running_var, not with the statistics of the batch.")
    passed("batchnorm_forward")


def _test_backward(target, name):
    result = target(DOUT, _train_cache())
    require(isinstance(result, tuple) and len(result) == 3,
            f"{name} should return the tuple (dZ, dgamma, dbeta).")
    dZ, dgamma, dbeta = result
    require(np.shape(dgamma) == (3, 1) and np.shape(dbeta) == (3, 1),
            "dgamma and dbeta should have shape (n, 1): sum over the batch, axis=1, "
            "keepdims=True.")
    require(_close(dbeta, DBETA), "`dbeta` has wrong values.")
    require(_close(dgamma, DGAMMA), "`dgamma` has wrong values.")
    require(np.shape(dZ) == Z.shape, f"`dZ` should have shape {Z.shape}.")
    require(np.allclose(np.sum(dZ, axis=1), 0, atol=1e-6),
            "Every row of dZ should sum to zero (adding a constant to a unit's Z changes "
            "nothing after normalization). Is the path through the batch mean missing?")
    require(_close(dZ, DZ), "`dZ` has wrong values.")
    passed(name)


@public_test
def test_batchnorm_backward(target):
    _test_backward(target, "batchnorm_backward")


@public_test
def test_batchnorm_backward_alt(target):
    _test_backward(target, "batchnorm_backward_alt")


X = np.array([[0.5, 0.1, 0.9, 0.3], [0.2, 0.8, 0.4, 0.6], [0.7, 0.3, 0.1, 0.9]])
PARAMETERS = {"W1": np.array([[1.0, -0.5, 0.8], [-0.3, 0.9, 0.4]]),
              "gamma1": np.array([[1.2], [0.7]]), "beta1": np.array([[0.1], [-0.2]]),
              "W2": np.array([[0.6, -1.1], [-0.4, 0.5], [0.9, 0.2]]),
              "b2": np.array([[0.05], [-0.1], [0.0]])}
AL_TRAIN = np.array([[0.381195, 0.214919, 0.383856, 0.236751],
                     [0.098388, 0.401423, 0.172099, 0.276894],
                     [0.520417, 0.383657, 0.444045, 0.486355]])
AL_TEST = np.array([[0.380641, 0.247760, 0.384486, 0.277730],
                    [0.095870, 0.377447, 0.121367, 0.167300],
                    [0.523488, 0.374793, 0.494147, 0.554969]])


@public_test
def test_model_forward_with_batchnorm(target):
    bn_params = [_fresh_bn_param(2, mode="test")]
    result = target(X, PARAMETERS, bn_params, "train")
    require(isinstance(result, tuple) and len(result) == 2,
            "model_forward_with_batchnorm should return the tuple (AL, caches).")
    AL, caches = result
    require(np.shape(AL) == (3, 4), f"AL should have shape (3, 4), got {np.shape(AL)}.")
    require(np.allclose(np.sum(AL, axis=0), 1), "The columns of AL should sum to 1 (softmax).")
    require(len(caches) == 2, "`caches` should hold one dict per layer.")
    require(not _close(bn_params[0]["running_mean"], np.zeros((2, 1))),
            "A train-mode pass should update the running statistics in bn_params[0]: pass "
            "the dicts themselves to batchnorm_forward, with their 'mode' set to `mode`.")
    require(_close(AL, AL_TRAIN), "AL has wrong values in train mode: LINEAR (no bias) -> "
                                  "BATCHNORM -> RELU for hidden layers, LINEAR -> SOFTMAX last.")
    before = copy.deepcopy(bn_params)
    AL, _ = target(X, PARAMETERS, bn_params, "test")
    require(_close(bn_params[0]["running_mean"], before[0]["running_mean"]),
            "A test-mode pass should not change the running statistics.")
    require(_close(AL, AL_TEST), "AL has wrong values in test mode (it should use the running "
                                 "statistics).")
    passed("model_forward_with_batchnorm")
