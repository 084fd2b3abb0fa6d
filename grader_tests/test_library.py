"""The helper library: backprop against numerical gradients, the plain-data codec and the
kernel side of the grading protocol."""

from __future__ import annotations

import numpy as np
import pytest

from dlbasics import gradcheck, grading, nn, plain_data


def _small_problem(seed=0, dims=(5, 4, 3, 3), m=7):
    rng = np.random.default_rng(seed)
    params = nn.initialize_parameters(list(dims), seed=seed, dtype=np.float64)
    params = {k: v + 0.1 * rng.standard_normal(v.shape) for k, v in params.items()}
    X = rng.standard_normal((dims[0], m))
    Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
    return params, X, Y


def _numerical_gradient(params, X, Y, eps=1e-6):
    theta, layout = gradcheck.dictionary_to_vector(params)
    grad = np.zeros_like(theta)
    for i in range(theta.shape[0]):
        for sign in (1, -1):
            shifted = theta.copy()
            shifted[i] += sign * eps
            AL, _ = nn.model_forward(X, gradcheck.vector_to_dictionary(shifted, layout))
            grad[i] += sign * nn.compute_cost(AL, Y) / (2 * eps)
    return grad, layout


def test_model_backward_matches_numerical_gradients():
    params, X, Y = _small_problem()
    AL, caches = nn.model_forward(X, params)
    grads = nn.model_backward(AL, Y, caches)
    numerical, layout = _numerical_gradient(params, X, Y)
    analytic = gradcheck.gradients_to_vector(grads, layout)
    rel = np.linalg.norm(analytic - numerical) / (np.linalg.norm(analytic)
                                                 + np.linalg.norm(numerical))
    assert rel < 1e-7


def test_softmax_is_stable_and_normalised():
    Z = np.array([[1000.0, -1000.0], [1001.0, -999.0], [999.0, -1001.0]])
    A = nn.softmax(Z)
    assert np.all(np.isfinite(A)) and np.allclose(A.sum(axis=0), 1)


def test_training_lowers_the_cost_and_leaves_the_start_unchanged():
    params, X, Y = _small_problem(dims=(5, 8, 3), m=60)
    start = {k: v.copy() for k, v in params.items()}
    trained, history = nn.train(X, Y, params, num_epochs=30, learning_rate=0.5,
                                batch_size=16, progress=False)
    assert history["epoch_cost"][-1] < 0.7 * history["epoch_cost"][0]
    assert len(history["cost"]) == 30 * 4 == len(history["seconds"])
    assert all(np.array_equal(params[k], start[k]) for k in params)


def test_gradcheck_vectors_round_trip_and_name_blocks():
    params, _, _ = _small_problem()
    theta, layout = gradcheck.dictionary_to_vector(params)
    back = gradcheck.vector_to_dictionary(theta, layout)
    assert all(np.array_equal(back[k], params[k]) for k in params)
    assert [k for k, _ in layout] == ["W1", "b1", "W2", "b2", "W3", "b3"]
    assert gradcheck.block_of(0, layout) == "W1"
    assert gradcheck.block_of(theta.shape[0] - 1, layout) == "b3"
    assert gradcheck.block_of(20, layout) == "b1"  # W1 has 20 entries


def test_plain_data_round_trip(tmp_path):
    value = {"a": np.arange(6).reshape(2, 3), "b": [1, 2.5, None, "x", True],
             "c": (np.float32(1.5), {"d": np.ones((2, 1), dtype=np.float32)}),
             "e": float("nan")}
    plain_data.save(tmp_path / "v", value)
    back = plain_data.load(tmp_path / "v")
    assert np.array_equal(back["a"], value["a"]) and back["b"] == value["b"]
    assert isinstance(back["c"], tuple) and back["c"][1]["d"].dtype == np.float32
    assert np.isnan(back["e"])


@pytest.mark.parametrize("bad", [lambda x: x, np.array([object()]), {1: 2}, {1, 2}])
def test_plain_data_refuses_what_it_cannot_hold(bad):
    with pytest.raises(plain_data.UnsupportedValue):
        plain_data.round_trip(bad)


def test_plain_data_never_unpickles(tmp_path):
    (tmp_path / "v.json").write_text('{"array": "a0"}')
    np.savez(tmp_path / "v.npz", a0=np.array([{"a": 1}], dtype=object))
    with pytest.raises(plain_data.UnsafeFile, match="pickle"):
        plain_data.load(tmp_path / "v")


def test_run_hidden_check_records_values_and_errors(tmp_path, monkeypatch):
    monkeypatch.setenv(grading.GRADING_DIR_ENV, str(tmp_path))
    (tmp_path / "inputs").mkdir()
    plain_data.save(tmp_path / "inputs" / "test_f",
                    [{"adapter": "call", "args": {"x": np.arange(3)}},
                     {"adapter": "call", "args": {"x": None}}])

    def f(x):
        return {"double": 2 * x}

    grading.run_hidden_check("test_f", f)
    results = plain_data.load(tmp_path / "outputs" / "test_f")
    assert np.array_equal(results[0]["value"]["double"], [0, 2, 4])
    assert results[1]["error"]["type"] == "TypeError"


def test_results_that_are_not_data_become_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv(grading.GRADING_DIR_ENV, str(tmp_path))
    (tmp_path / "inputs").mkdir()
    plain_data.save(tmp_path / "inputs" / "test_g", [{"adapter": "call", "args": {}}])
    grading.run_hidden_check("test_g", lambda: print)
    results = plain_data.load(tmp_path / "outputs" / "test_g")
    assert results[0]["error"]["type"] == "UnsupportedValue"


def test_adapters_come_only_from_the_harness_package():
    assert grading.resolve_adapter("call")(lambda a: a + 1, a=1) == 2
    with pytest.raises(ModuleNotFoundError):
        grading.resolve_adapter("os:system")
