"""Self-contained schemas for editors: bundled, fresh, printed by ``slolint schema``, and
accepted offline by the two tools users point at them (check-jsonschema and
yaml-language-server), on ``examples/`` and on broken files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator
from ruamel.yaml import YAML

from helpers import run_slolint
from lsp_stdio import StdioClient
from slolint import __version__, editor_schemas

ROOT = Path(__file__).resolve().parents[1]
SCHEMAS = ROOT / "schemas"
BUNDLED = SCHEMAS / "bundled"
EXAMPLES = ROOT / "examples"
YAML_LS = ROOT / ".tools" / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"

KIND_FILES = {
    "openslo/v1/SLO": "openslo-v1/slo.schema.json",
    "openslo/v1/SLI": "openslo-v1/sli.schema.json",
    "openslo/v1/Service": "openslo-v1/service.schema.json",
    "slolint.dev/v1alpha1/SLA": "slolint-v1alpha1/sla.schema.json",
    "slolint.dev/v1alpha1/ErrorBudgetPolicy": "slolint-v1alpha1/errorbudgetpolicy.schema.json",
}

SEARCH_ERRORS_CJ = [
    "$.spec: 'budgetingMethod' is a required property",
    "$.spec: Additional properties are not allowed ('budgetMethod' was unexpected)",
]
"""check-jsonschema's messages for the deliberate schema mistakes of examples/slos/search.yaml."""

BROKEN_SLA = """\
apiVersion: slolint.dev/v1alpha1
kind: SLA
metadata:
  name: broken
spec:
  service: checkout
  objectives:
    - targetPercent: "99.9"
  consequences:
    - {belowPercent: 99.9, credits: "10%"}
"""


def refs(node: Any) -> list[str]:
    found: list[str] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            if isinstance(current.get("$ref"), str):
                found.append(current["$ref"])
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return found


def load_bundled(key: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((BUNDLED / key).read_text(encoding="utf-8"))
    return loaded


# --- the bundles ----------------------------------------------------------------------------


def test_bundled_schemas_and_catalog_are_up_to_date() -> None:
    stale = editor_schemas.stale_files(SCHEMAS)
    assert stale == [], "schemas/bundled or catalog.json is stale: run `make schemas-code`"


def test_every_document_schema_is_bundled() -> None:
    sources = [
        path.relative_to(SCHEMAS).as_posix()
        for path in sorted(SCHEMAS.glob("*/*.schema.json"))
        if path.parent.name != "bundled" and path.name != "defs.schema.json"
    ]
    bundled = sorted(path.relative_to(BUNDLED).as_posix() for path in BUNDLED.glob("*/*.json"))
    assert bundled == sources
    assert set(KIND_FILES.values()) <= set(bundled)


@pytest.mark.parametrize("key", sorted(KIND_FILES.values()))
def test_a_bundle_refers_only_inside_itself(key: str) -> None:
    schema = load_bundled(key)
    Draft7Validator.check_schema(schema)
    references = refs(schema)
    assert references, "a bundle without references proves nothing here"
    for ref in references:
        assert ref.startswith("#/definitions/"), ref
        assert ref.removeprefix("#/definitions/") in schema["definitions"], ref


def test_a_definition_keeps_its_name_and_origin() -> None:
    sla = load_bundled("slolint-v1alpha1/sla.schema.json")
    names = set(sla["definitions"])
    # its own definitions keep their names; imported ones say where they came from
    assert {"spec", "objective", "consequence"} <= names
    assert {"openslo-v1.defs.metadata", "openslo-v1.defs.operator"} <= names
    # the reference inside an imported definition now points at the imported copy
    source = json.loads((SCHEMAS / "openslo-v1" / "defs.schema.json").read_text("utf-8"))
    assert source["definitions"]["metadata"]["properties"]["name"] == {"$ref": "#/definitions/name"}
    assert sla["definitions"]["openslo-v1.defs.metadata"]["properties"]["name"] == {
        "$ref": "#/definitions/openslo-v1.defs.name"
    }


def test_a_new_format_folder_is_bundled_and_cataloged(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, root)
    (root / "acme-v1").mkdir()
    (root / "acme-v1" / "defs.schema.json").write_text(
        json.dumps({"definitions": {"pct": {"type": "number", "maximum": 100}}}), "utf-8"
    )
    widget = {
        "$id": "https://slolint.dev/schemas/acme-v1/widget.schema.json",
        "type": "object",
        "properties": {
            "apiVersion": {"const": "acme.dev/v1"},
            "kind": {"const": "Widget"},
            "target": {"$ref": "defs.schema.json#/definitions/pct"},
            "labels": {"$ref": "../openslo-v1/defs.schema.json#/definitions/labels"},
        },
    }
    (root / "acme-v1" / "widget.schema.json").write_text(json.dumps(widget), "utf-8")
    assert editor_schemas.stale_files(root) == [
        root / "bundled" / "acme-v1" / "widget.schema.json",
        root / "catalog.json",
    ]
    editor_schemas.write(root)
    assert editor_schemas.stale_files(root) == []
    bundle = json.loads((root / "bundled" / "acme-v1" / "widget.schema.json").read_text())
    assert bundle["properties"]["target"] == {"$ref": "#/definitions/acme-v1.defs.pct"}
    assert bundle["definitions"]["acme-v1.defs.pct"] == {"type": "number", "maximum": 100}
    validator = Draft7Validator(bundle)
    assert [e.message for e in validator.iter_errors({"target": 101})] == [
        "101 is greater than the maximum of 100"
    ]
    entries = json.loads((root / "catalog.json").read_text())["schemas"]
    (entry,) = [e for e in entries if e["name"] == "slolint acme.dev/v1/Widget"]
    assert entry["fileMatch"] == ["*.widget.yaml", "*.widget.yml", "*.widget.json"]


def test_a_removed_schema_leaves_a_stale_bundle(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, root)
    (root / "openslo-v1" / "service.schema.json").unlink()
    stale = editor_schemas.stale_files(root)
    assert root / "bundled" / "openslo-v1" / "service.schema.json" in stale
    editor_schemas.write(root)
    assert not (root / "bundled" / "openslo-v1" / "service.schema.json").exists()


def test_a_reference_leaving_the_schemas_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    (root / "evil-v1").mkdir(parents=True)
    schema = {"properties": {"x": {"$ref": "../../outside.json#/definitions/x"}}}
    (root / "evil-v1" / "x.schema.json").write_text(json.dumps(schema), "utf-8")
    with pytest.raises(editor_schemas.BundleError, match="leaves schemas/"):
        editor_schemas.write(root)


def test_kinds_of_the_same_name_get_the_folder_in_their_pattern() -> None:
    schemas = [
        editor_schemas.EditorSchema("openslo-v1/slo.schema.json", "openslo/v1/SLO", "SLO", {}),
        editor_schemas.EditorSchema(
            "openslo-v1alpha/slo.schema.json", "openslo/v1alpha/SLO", "SLO", {}
        ),
    ]
    patterns = editor_schemas.file_patterns(schemas)
    assert patterns["openslo-v1/slo.schema.json"][0] == "*.slo.yaml"
    assert patterns["openslo-v1alpha/slo.schema.json"][0] == "*.openslo-v1alpha.slo.yaml"
    assert [e.name for e in editor_schemas.lookup("SLO", schemas)] == [
        "openslo/v1/SLO",
        "openslo/v1alpha/SLO",
    ]
    assert [e.name for e in editor_schemas.lookup("openslo-v1alpha/slo", schemas)] == [
        "openslo/v1alpha/SLO"
    ]


def test_catalog_is_in_schemastore_format() -> None:
    catalog = json.loads((SCHEMAS / "catalog.json").read_text(encoding="utf-8"))
    assert catalog["$schema"] == "https://json.schemastore.org/schema-catalog.json"
    assert catalog["version"] == 1
    by_name = {entry["name"]: entry for entry in catalog["schemas"]}
    sla = by_name["slolint slolint.dev/v1alpha1/SLA"]
    assert sla["fileMatch"] == ["*.sla.yaml", "*.sla.yml", "*.sla.json"]
    assert sla["url"] == (
        "https://raw.githubusercontent.com/slolint/slolint/v0.1.0/"
        "schemas/bundled/slolint-v1alpha1/sla.schema.json"
    )
    ebp = by_name["slolint slolint.dev/v1alpha1/ErrorBudgetPolicy"]
    assert "*.ebp.yaml" in ebp["fileMatch"]
    for entry in catalog["schemas"]:
        assert set(entry) == {"name", "description", "fileMatch", "url"}
        key = entry["url"].split("/schemas/bundled/", 1)[1]
        assert (BUNDLED / key).is_file()


def documents(path: Path) -> list[Any]:
    return list(YAML(typ="safe", pure=True).load_all(path.read_text(encoding="utf-8")))


def test_bundles_judge_the_examples_as_slolint_does() -> None:
    """Without any registry: only the deliberate schema mistakes of search.yaml fail."""
    failures = []
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        for index, doc in enumerate(documents(path)):
            for item in doc if isinstance(doc, list) else [doc]:
                name = f"{item.get('apiVersion')}/{item.get('kind')}"
                if name in KIND_FILES:
                    validator = Draft7Validator(load_bundled(KIND_FILES[name]))
                    failures += [
                        f"{path.relative_to(EXAMPLES)}#{index}: {e.message}"
                        for e in validator.iter_errors(item)
                    ]
    assert sorted(failures) == [
        "slos/search.yaml#1: 'budgetingMethod' is a required property",
        "slos/search.yaml#1: Additional properties are not allowed ('budgetMethod' was unexpected)",
    ]


# --- slolint schema -------------------------------------------------------------------------


def test_schema_command_prints_the_bundle() -> None:
    done = run_slolint("schema", "SLA", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout == (BUNDLED / "slolint-v1alpha1" / "sla.schema.json").read_text("utf-8")
    qualified = run_slolint("schema", "openslo/v1/SLO", cwd=ROOT)
    assert qualified.stdout == (BUNDLED / "openslo-v1" / "slo.schema.json").read_text("utf-8")


def test_schema_command_lists_the_kinds() -> None:
    done = run_slolint("schema", "--list", cwd=ROOT)
    assert done.returncode == 0, done.stderr
    rows = dict(line.split() for line in done.stdout.splitlines())
    for name, key in KIND_FILES.items():
        assert rows[name] == f"bundled/{key}"


def test_schema_command_refuses_an_unknown_kind() -> None:
    done = run_slolint("schema", "SLX", cwd=ROOT)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == "slolint: error: unknown kind 'SLX'; see 'slolint schema --list'\n"
    bare = run_slolint("schema", cwd=ROOT)
    assert bare.returncode == 2
    assert "name a kind" in bare.stderr


# --- the tools editors use, offline ---------------------------------------------------------

OFFLINE = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}
"""Any download would go to a closed port and fail the run."""


def check_jsonschema(schema: Path, files: list[Path]) -> subprocess.CompletedProcess[str]:
    executable = Path(sys.executable).with_name("check-jsonschema")
    if not executable.exists():
        pytest.skip("check-jsonschema is not installed (it comes with the test extra)")
    env = {**os.environ, **OFFLINE, "NO_COLOR": "1"}
    return subprocess.run(
        [str(executable), "--no-cache", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def split_examples(tmp_path: Path) -> dict[str, list[Path]]:
    """One file per example object, by kind: check-jsonschema reads one document a file."""
    by_kind: dict[str, list[Path]] = {}
    for path in sorted(EXAMPLES.rglob("*.yaml")):
        for index, doc in enumerate(documents(path)):
            for position, item in enumerate(doc if isinstance(doc, list) else [doc]):
                name = f"{item.get('apiVersion')}/{item.get('kind')}"
                if name not in KIND_FILES:
                    continue
                stem = path.relative_to(EXAMPLES).as_posix().replace("/", "_")
                target = tmp_path / f"{stem}-{index}-{position}.json"
                target.write_text(json.dumps(item), encoding="utf-8")
                by_kind.setdefault(name, []).append(target)
    return by_kind


@pytest.mark.slow
def test_check_jsonschema_accepts_the_examples_offline(tmp_path: Path) -> None:
    by_kind = split_examples(tmp_path)
    assert set(by_kind) == set(KIND_FILES)
    outputs = {}
    for name, files in by_kind.items():
        done = check_jsonschema(BUNDLED / KIND_FILES[name], files)
        outputs[name] = (done.returncode, done.stdout + done.stderr)
    for name, (code, output) in outputs.items():
        if name != "openslo/v1/SLO":
            assert code == 0, output
            assert "ok -- validation done" in output
    code, output = outputs["openslo/v1/SLO"]
    assert code == 1, output
    errors = sorted(line.split("::", 1)[1] for line in output.splitlines() if "::" in line)
    assert errors == SEARCH_ERRORS_CJ
    assert "slos_search.yaml-1-0.json::" in output


@pytest.mark.slow
def test_check_jsonschema_reports_a_broken_sla_offline(tmp_path: Path) -> None:
    broken = tmp_path / "broken.sla.yaml"
    broken.write_text(BROKEN_SLA, encoding="utf-8")
    done = check_jsonschema(BUNDLED / "slolint-v1alpha1" / "sla.schema.json", [broken])
    assert done.returncode == 1, done.stdout + done.stderr
    errors = sorted(line.split("::", 1)[1] for line in done.stdout.splitlines() if "::" in line)
    assert errors == [
        "$.spec.consequences[0]: Additional properties are not allowed ('credits' was unexpected)",
        "$.spec.objectives[0].targetPercent: '99.9' is not of type 'number'",
    ]


@pytest.mark.slow
def test_check_jsonschema_fails_offline_on_the_unbundled_schema() -> None:
    """Why the bundles exist: the source schema refers to a file on a domain."""
    sla = EXAMPLES / "agreements" / "checkout-enterprise.sla.yaml"
    done = check_jsonschema(SCHEMAS / "slolint-v1alpha1" / "sla.schema.json", [sla])
    assert done.returncode == 1
    assert "https://slolint.dev/schemas/openslo-v1/defs.schema.json" in done.stdout + done.stderr


@pytest.fixture(scope="module")
def yaml_ls() -> list[str]:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed: yaml-language-server cannot run")
    if not YAML_LS.exists():
        pytest.skip(
            "yaml-language-server is not installed: `make test` installs it into .tools/ "
            "with npm where npm exists"
        )
    return [node, str(YAML_LS), "--stdio"]


def yaml_settings(schemas: dict[str, list[str]]) -> dict[str, Any]:
    return {"yaml": {"validate": True, "schemas": schemas, "schemaStore": {"enable": False}}}


def summary(diagnostics: list[dict[str, Any]]) -> list[tuple[int, int, str]]:
    return sorted(
        (d["range"]["start"]["line"] + 1, d["range"]["start"]["character"] + 1, d["message"])
        for d in diagnostics
    )


SINGLE_KIND_EXAMPLES = {
    "services/*.yaml": "openslo-v1/service.schema.json",
    "slis/checkout.yaml": "openslo-v1/sli.schema.json",
    "slis/search.yaml": "openslo-v1/sli.schema.json",
    "slos/*.yaml": "openslo-v1/slo.schema.json",
    "*.sla.yaml": "slolint-v1alpha1/sla.schema.json",
    "*.ebp.yaml": "slolint-v1alpha1/errorbudgetpolicy.schema.json",
}
"""The example files that hold objects of one kind (alerting/ mixes three; slis/payments.yaml
is a list), mapped as a user maps them in the ``yaml.schemas`` setting."""


@pytest.mark.slow
def test_yaml_language_server_accepts_the_examples(yaml_ls: list[str]) -> None:
    schemas: dict[str, list[str]] = {}
    for pattern, key in SINGLE_KIND_EXAMPLES.items():
        schemas.setdefault((BUNDLED / key).as_uri(), []).append(pattern)
    client = StdioClient(yaml_ls, yaml_settings(schemas), EXAMPLES)
    try:
        found = {}
        for pattern in SINGLE_KIND_EXAMPLES:
            for path in sorted(EXAMPLES.glob(pattern if "/" in pattern else f"*/{pattern}")):
                uri = client.open(path)
                found[path.relative_to(EXAMPLES).as_posix()] = summary(client.wait_diagnostics(uri))
    finally:
        client.close()
    assert len(found) == 14
    assert {name for name, diagnostics in found.items() if diagnostics} == {"slos/search.yaml"}
    assert found["slos/search.yaml"] == [
        (30, 1, 'Missing property "budgetingMethod".'),
        (33, 3, "Property budgetMethod is not allowed."),
    ]


@pytest.mark.slow
def test_yaml_language_server_follows_the_modeline(yaml_ls: list[str], tmp_path: Path) -> None:
    schema = BUNDLED / "slolint-v1alpha1" / "sla.schema.json"
    broken = tmp_path / "broken.yaml"
    broken.write_text(f"# yaml-language-server: $schema={schema}\n{BROKEN_SLA}", "utf-8")
    source = tmp_path / "source.yaml"
    valid = (EXAMPLES / "agreements" / "checkout-enterprise.sla.yaml").read_text("utf-8")
    unbundled = SCHEMAS / "slolint-v1alpha1" / "sla.schema.json"
    source.write_text(f"# yaml-language-server: $schema={unbundled}\n{valid}", "utf-8")
    client = StdioClient(yaml_ls, yaml_settings({}), tmp_path)
    try:
        broken_found = summary(client.wait_diagnostics(client.open(broken)))
        source_found = summary(client.wait_diagnostics(client.open(source)))
    finally:
        client.close()
    assert broken_found == [
        (9, 22, 'Incorrect type. Expected "number".'),
        (11, 28, "Property credits is not allowed."),
    ]
    # the false error the bundles remove: the unbundled schema's references do not resolve
    assert len(source_found) == 1
    first_key = source.read_text("utf-8").splitlines().index("apiVersion: slolint.dev/v1alpha1")
    assert source_found[0][:2] == (first_key + 1, 1)  # the top of the document
    assert "$ref '/definitions/operator'" in source_found[0][2]


def test_readme_editor_snippets_name_real_schemas() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Editors\n", 1)[1].split("\n### `slolint server`", 1)[0]
    urls = re.findall(r"https://raw\.githubusercontent\.com/slolint/slolint/v[^\s\"]+", section)
    assert len(urls) == 2
    base = editor_schemas.RAW_BASE.format(version=__version__)
    for url in urls:
        assert url.startswith(base), url
        assert (SCHEMAS / url.removeprefix(base)).is_file(), url
    (settings,) = re.findall(r"```json\n(.*?)```", section, re.S)
    assert set(json.loads(settings)) == {"yaml.schemas"}
    for kind in re.findall(r"^slolint schema (\S+) >", section, re.M):
        assert run_slolint("schema", kind, cwd=ROOT).returncode == 0, kind
