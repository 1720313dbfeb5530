"""The plan answers per folder, not per file: complexity guards that count operations.

A run asks the plan for the settings of every object (rule options) and of every reported
file (the filter); a repository of 10,000 files in a few folders must resolve each folder
once, build one path per folder, and compute each rule's options once per configuration.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.test_config import write

from slolint.config import Resolver, _folders_of
from slolint.config import settings as settings_module
from slolint.config.plan import Plan, folder_part

FOLDERS = ("slos", "slos/team", "team", "team/deep/er")
FILES_PER_FOLDER = 250


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / ".git").mkdir(parents=True)
    write(
        root,
        {
            ".slolint.yaml": "rules:\n  SLO203: {max-nines: 3}\n",
            "team/.slolint.yaml": "rules:\n  SLO203: {max-nines: 5}\n",
        },
    )
    return root


def _files() -> list[str]:
    return [f"{folder}/f{n}.yaml" for folder in FOLDERS for n in range(FILES_PER_FOLDER)]


def test_each_folder_is_resolved_once_whatever_the_number_of_files(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolver = Resolver(repo, env={})
    asked: list[Path] = []
    settings_for = Resolver.settings_for

    def counting(self: Resolver, path: Path) -> settings_module.Settings:
        asked.append(path)
        return settings_for(self, path)

    monkeypatch.setattr(Resolver, "settings_for", counting)
    files = _files()
    plan = resolver.plan([*files, *files])  # a run names each file as source and as reported
    # one path built and one question asked per folder of the files, none per file
    assert len(_folders_of(repo, [*files, *files])) == len(FOLDERS)
    assert sorted(str(p.parent.relative_to(repo)) for p in asked) == sorted(FOLDERS)

    resolved: list[str] = []
    resolve = Plan._resolve

    def counting_resolve(self: Plan, key: str) -> settings_module.Settings:
        resolved.append(key)
        return resolve(self, key)

    monkeypatch.setattr(Plan, "_resolve", counting_resolve)
    for _ in range(3):  # rules ask once per object, several objects per file
        for file in files:
            plan.settings_for(file)
            plan.options_for("SLO203", file)
    assert len(resolved) == len(FOLDERS)
    assert plan.options_for("SLO203", "slos/f1.yaml")["max-nines"] == 3
    assert plan.options_for("SLO203", "team/deep/er/f1.yaml")["max-nines"] == 5
    assert plan.options_for("SLO203", "slos/team/f1.yaml")["max-nines"] == 3


def test_rule_options_are_computed_once_per_configuration_and_rule(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = Resolver(repo, env={}).plan(_files())
    computed: list[str] = []
    default_options = settings_module.default_options

    def counting(code: str, rules: object = None) -> dict[str, object]:
        computed.append(code)
        return default_options(code, rules)  # type: ignore[arg-type]

    monkeypatch.setattr(settings_module, "default_options", counting)
    for file in _files():
        plan.options_for("SLO203", file)
        plan.options_for("SLO205", file)
    # two configurations (the root's, team's) times two rules
    assert sorted(computed) == ["SLO203", "SLO203", "SLO205", "SLO205"]
    options = plan.options_for("SLO205", "team/f1.yaml")
    assert dict(options) == {"evaluation-interval": 60}
    with pytest.raises(TypeError):
        options["evaluation-interval"] = 1  # type: ignore[index]  # shared: read-only


def test_paths_of_one_folder_share_its_answer(
    repo: Path,
) -> None:
    plan = Resolver(repo, env={}).plan(["team/x.yaml", "slos/y.yaml"])
    team = plan.settings_for("team/x.yaml")
    root = plan.settings_for("slos/y.yaml")
    assert team is not root
    assert plan.settings_for("team/other.yaml") is team
    assert plan.settings_for(repo / "team" / "z.yaml") is team
    assert plan.settings_for(str(repo / "team" / "z.yaml")) is team
    assert plan.settings_for("team//w.yaml") is team
    assert plan.settings_for("team/sub/..") is team  # no folder part: resolved on its own
    assert plan.settings_for("team/sub/x.yaml") is team  # the closest configured folder
    assert folder_part("team/x.yaml") == "team/"
    assert folder_part("/abs/x.yaml") == "/abs/"
    assert folder_part("/x.yaml") == "/"
    assert folder_part("x.yaml") == ""
    assert [folder_part(odd) for odd in ("team/.", "team/..", "team/", "")] == [None] * 4


def test_the_filter_question_builds_a_path_only_where_per_file_ignores_need_one(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(repo, {"team/.slolint.yaml": "per-file-ignores:\n  'legacy-*.yaml': [SLO203]\n"})
    plan = Resolver(repo, env={}).plan(["slos/a.yaml", "team/legacy-a.yaml", "team/b.yaml"])
    matched: list[Path] = []
    enabled_for = settings_module.Settings.enabled_for

    def counting(self: settings_module.Settings, path: Path) -> frozenset[str]:
        matched.append(path)
        return enabled_for(self, path)

    monkeypatch.setattr(settings_module.Settings, "enabled_for", counting)
    for _ in range(3):
        settings, enabled = plan.enabled_for("slos/a.yaml")
        assert settings is plan.settings_for("slos/a.yaml")
        assert "SLO203" in enabled
    assert matched == []  # no pattern to match: no path built
    assert "SLO203" not in plan.enabled_for("team/legacy-a.yaml")[1]
    assert "SLO203" in plan.enabled_for("team/b.yaml")[1]
    assert matched == [repo / "team/legacy-a.yaml", repo / "team/b.yaml"]
