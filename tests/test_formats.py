"""A format is one record: every list the stages use is derived from the records of a run,
and a plugin package adds a format through the ``slolint.formats`` entry-point group."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import run_slolint
from slolint import schema_store
from slolint.findings import Origin
from slolint.model import SLO, Objective, Target
from slolint.policies import _format_matches
from slolint.recognize import recognize
from slolint.recognize.fields import resource_of
from slolint.recognize.format import (
    ByApiVersion,
    Detected,
    FormatSet,
    FormatSpec,
    build_formats,
    builtin_formats,
    by_api_version,
    load_formats,
    plugin_formats,
)
from slolint.rules import PluginError

PLUGIN = '''\
"""A third-party format: one kind, the target in per mille."""

from slolint.model import SLO, Objective, Resource, Target
from slolint.recognize.format import FormatSpec, by_api_version


def adapt(kind, data, origin):
    metadata = data.get("metadata") or {}
    resource = Resource("acme.io/v1", kind, metadata.get("name", ""), origin, {},
                        dict(metadata.get("annotations") or {}))
    permille = data["spec"]["permille"]
    target = Target(permille / 1000, permille, "ratio", origin.at("spec", "permille"))
    objective = Objective(0, target, None, None, origin.at("spec"))
    return [SLO(resource, "shop", None, (objective,), None, None)], []


FORMATS = (
    FormatSpec(
        name="acme",
        title="ACME",
        api_versions=("acme.io/v1",),
        kinds=("Promise",),
        detect=by_api_version(("acme.io/v1",), ("Promise",)),
        adapt=adapt,
        sniff_markers=("acme.io",),
        annotations=True,
    ),
)
'''

ACME_DOC = """\
apiVersion: acme.io/v1
kind: Promise
metadata:
  name: checkout
  annotations:
    slolint.dev/error-budget-policy: checkout-ebp
spec:
  permille: 1000
"""


def install(site: Path, source: str, value: str) -> None:
    (site / "acme_formats.py").write_text(source, encoding="utf-8")
    info = site / "acme_formats-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: acme-formats\nVersion: 0.1\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[slolint.formats]\nacme = {value}\n", encoding="utf-8")


def _adapt(kind: str, data: dict[str, object], origin: Origin) -> tuple[list[SLO], list[object]]:
    resource = resource_of(data, "acme.io/v1", kind, origin)
    target = Target(1.0, 1000, "ratio", origin.at("spec"))
    return [
        SLO(resource, "shop", None, (Objective(0, target, None, None, origin.at()),), None, None)
    ], []


def test_schemas_markers_and_versions_are_derived_from_the_records() -> None:
    specs = builtin_formats()
    assert {spec.name for spec in specs} >= {"openslo-v1", "slolint", "nobl9"}
    expected = {key: value for spec in specs for key, value in spec.schemas.items()}
    assert expected == schema_store.SCHEMA_KINDS
    assert schema_store.SCHEMA_KINDS[("openslo/v1", "SLO")] == "openslo-v1/slo.schema.json"
    markers = set(load_formats().sniff_markers)  # what may_be_slo searches for by default
    assert markers == {marker for spec in specs for marker in spec.sniff_markers}
    assert {"openslo", "slolint.dev", "pyrra.dev", "prometheus/v"} <= markers
    # silent formats are never typo candidates: "n9/v1alpa" stays another vendor's business
    assert "n9/v1alpha" not in load_formats().typo_candidates


def test_a_linted_record_needs_an_adapter() -> None:
    with pytest.raises(ValueError, match="an adapter exactly when status is linted"):
        FormatSpec("x", "X", ("x/v1",), ("A",), by_api_version(("x/v1",), ("A",)))


def test_nobl9_is_recognized_and_stays_silent() -> None:
    for kind in ("SLO", "Project", "Anything"):
        data = {"apiVersion": "n9/v1alpha", "kind": kind, "spec": {"objectives": []}}
        assert recognize("n9.yaml", 0, data) == ([], [])


def test_a_format_from_a_record_set_is_detected_adapted_and_annotated() -> None:
    acme = FormatSpec(
        "acme",
        "ACME",
        ("acme.io/v1",),
        ("Promise",),
        by_api_version(("acme.io/v1",), ("Promise",)),
        adapt=_adapt,  # type: ignore[arg-type]
        annotations=True,
    )
    formats = build_formats((acme,))
    data = {
        "apiVersion": "acme.io/v1",
        "kind": "Promise",
        "metadata": {"annotations": {"slolint.dev/sla-target": "oops"}},
    }
    found, problems = recognize("a.yaml", 0, data, formats)
    assert [(item.api_version, item.kind, item.ref.name) for item in found] == [
        ("acme.io/v1", "Promise", "")
    ]
    assert [p.code for p in problems] == ["SLO105"]  # the shorthand is applied for it
    # without the record the same document is nobody's
    assert recognize("a.yaml", 0, data) == ([], [])
    # an unknown kind under its apiVersion is a near miss naming its kinds
    _, problems = recognize("a.yaml", 0, {"apiVersion": "acme.io/v1", "kind": "Promis"}, formats)
    assert [p.message for p in problems] == [
        ('unknown kind "Promis" for apiVersion acme.io/v1; did you mean "Promise"?',)
    ]
    assert formats.policy_names_of("acme.io/v1") == {"acme", "acme.io/v1", "acme.io"}


def test_a_detector_may_look_at_anything() -> None:
    def detect(data: dict[str, object]) -> Detected | None:
        return Detected("plain/v1", "Plain", ("version",)) if data.get("version") == "p1" else None

    pending = FormatSpec("plain", "Plain", (), ("Plain",), detect, status="not-linted")
    formats = FormatSet((pending,))
    _, problems = recognize("p.yaml", 0, {"version": "p1", "slos": []}, formats)
    assert [(p.code, p.location.path, p.message) for p in problems] == [
        (
            "SLO004",
            ("version",),
            ("Plain documents are recognized but not linted by this version of slolint",),
        )
    ]


def test_duplicate_format_names_are_refused() -> None:
    twin = builtin_formats()[0]
    with pytest.raises(PluginError, match=f"format '{twin.name}' is declared twice"):
        build_formats((twin,))


def test_match_formats_accepts_the_record_name_and_the_api_group() -> None:
    assert _format_matches("openslo-v1", "openslo/v1")
    assert _format_matches("openslo", "openslo/v1")
    assert _format_matches("openslo/v1", "openslo/v1")
    assert not _format_matches("openslo-v1", "slolint.dev/v1alpha1")
    assert _format_matches("slolint", "slolint.dev/v1alpha1")
    assert _format_matches("openslo-v2alpha", "openslo.com/v2alpha")
    assert _format_matches("openslo", "openslo.com/v2alpha")
    assert not _format_matches("openslo-v1", "openslo.com/v2alpha")
    assert _format_matches("openslo-v1alpha", "openslo/v1alpha")
    assert _format_matches("pyrra", "pyrra.dev/v1alpha1")
    assert not _format_matches("pyrra", "openslo/v1")


def test_plugin_formats_are_read_from_installed_distributions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(tmp_path, PLUGIN, "acme_formats:FORMATS")
    monkeypatch.syspath_prepend(str(tmp_path))
    specs = plugin_formats([str(tmp_path)])
    assert [spec.name for spec in specs] == ["acme"]


def test_plugin_formats_are_never_read_from_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(tmp_path, PLUGIN, "acme_formats:FORMATS")
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend("")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert plugin_formats() == ()


@pytest.mark.parametrize(
    ("value", "error"),
    [
        ("acme_formats:MISSING", "AttributeError"),
        ("acme_formats:adapt", "TypeError"),  # called with no arguments
        ("acme_formats:__doc__", "TypeError"),
    ],
)
def test_a_broken_format_plugin_is_a_plugin_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, error: str
) -> None:
    install(tmp_path, PLUGIN, value)
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(PluginError, match=f"cannot load format plugin 'acme' .*{error}"):
        plugin_formats([str(tmp_path)])


def _slolint(*args: str, cwd: Path, site: Path) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return run_slolint(*args, cwd=cwd, env={"PYTHONPATH": path})


@pytest.mark.slow
def test_a_plugin_format_runs_through_the_whole_pipeline(tmp_path: Path) -> None:
    site, repo = tmp_path / "site", tmp_path / "repo"
    site.mkdir()
    repo.mkdir()
    install(site, PLUGIN, "acme_formats:FORMATS")
    (repo / "promise.yaml").write_text(ACME_DOC, encoding="utf-8")
    done = _slolint(
        "check", "-f", "concise", "--select", "SLO201,SLO8", "promise.yaml", cwd=repo, site=site
    )
    assert done.stdout.splitlines() == [
        "promise.yaml:6:38: SLO802 [error] annotation slolint.dev/error-budget-policy names "
        'ErrorBudgetPolicy "checkout-ebp", which does not exist (dangling-reference)',
        "promise.yaml:8:13: SLO201 [error] objective permille 1000 (100%) leaves no error budget; "
        "use a permille below 1 (target-not-below-100)",
    ]
    assert done.returncode == 1
    broken = site / "acme_formats-0.1.dist-info" / "entry_points.txt"
    broken.write_text("[slolint.formats]\nacme = acme_formats:NOPE\n", encoding="utf-8")
    done = _slolint("check", "promise.yaml", cwd=repo, site=site)
    assert done.returncode == 2
    assert done.stderr == (
        "slolint: error: cannot load format plugin 'acme' (acme_formats:NOPE): "
        "AttributeError: module 'acme_formats' has no attribute 'NOPE'\n"
    )


README = Path(__file__).resolve().parents[1] / "README.md"

README_POLICY = """\
apiVersion: slolint.dev/v1alpha1
kind: ErrorBudgetPolicy
metadata: {name: checkout-ebp}
spec:
  owner: checkout-product-manager
  scope: {sloRefs: [checkout-availability]}
  triggers:
    - name: budget-exhausted
      when: {budgetConsumed: 1.0}
      actions: [{type: releaseFreeze, actor: checkout-team}]
"""


def test_the_readme_examples_of_each_format_lint_clean(tmp_path: Path) -> None:
    import re

    from slolint.engine import CheckOptions, check
    from slolint.selection import Selection

    text = README.read_text(encoding="utf-8")
    section = text[text.index("**OpenSLO v1alpha.**") : text.index("Documents are detected")]
    blocks = re.findall(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert [re.search(r"apiVersion: (\S+)", block)[1] for block in blocks] == [  # type: ignore[index]
        "openslo/v1alpha",
        "openslo.com/v2alpha",
        "pyrra.dev/v1alpha1",
    ]
    for index, block in enumerate(blocks):
        (tmp_path / f"example{index}.yaml").write_text(block, encoding="utf-8")
    (tmp_path / "policy.yaml").write_text(README_POLICY, encoding="utf-8")
    # schema, targets, SLA and policy coverage: the examples share one name on purpose (the
    # policy's own completeness, SLO402-SLO407, is not what the examples show)
    selection = Selection.build(["SLO1", "SLO2", "SLO3", "SLO401", "SLO708"])
    options = CheckOptions(paths=[str(tmp_path)], selection=selection, context=False, cwd=tmp_path)
    result = check(options)
    assert result.errors == []
    assert [(f.file, f.code) for f in result.findings] == []


def test_detection_costs_one_lookup_however_many_formats_exist() -> None:
    """apiVersion-and-kind detectors are found in one dict, not called in turn; only
    detectors of another shape are called for every object."""
    calls: list[str] = []

    class Counting(ByApiVersion):
        def __call__(self, data: dict[str, object]) -> Detected | None:
            calls.append(next(iter(self.versions)))
            return super().__call__(data)

    def other(data: dict[str, object]) -> Detected | None:
        calls.append("other")
        return None

    numbered = [
        FormatSpec(
            f"f{index}",
            f"F{index}",
            (f"f{index}.io/v1",),
            ("Thing",),
            Counting(frozenset({f"f{index}.io/v1"}), frozenset({"Thing"})),
            status="not-linted",
        )
        for index in range(200)
    ]
    specs = (*numbered, FormatSpec("other", "Other", (), (), other, status="not-linted"))
    formats = FormatSet(specs)
    found = formats.detect({"apiVersion": "f150.io/v1", "kind": "Thing"})
    assert found is not None and found[0].name == "f150"
    assert calls == ["f150.io/v1"]
    calls.clear()
    assert formats.detect({"apiVersion": "v1", "kind": "ConfigMap"}) is None
    assert calls == ["other"]
