from __future__ import annotations

from pathlib import Path

import pytest

from bot.tenants import (
    ClientConfig,
    ClientConfigError,
    ClientDirectory,
    ClientNotFound,
    Role,
    parse_client_file,
)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_loads_with_defaults(tmp_path: Path):
    path = write(tmp_path / "volta.yaml", "display_name: Brasserie Volta\n")
    config = parse_client_file(path)
    assert config.name == "volta" and config.language == "fr"
    assert config.role_for(["anything"]) is Role.AMBASSADOR


def test_confidential_terms_accept_plain_strings_and_variants(tmp_path: Path):
    path = write(
        tmp_path / "volta.yaml",
        "confidential_terms:\n  - Projet Houblon\n  - term: '4,2 M€'\n    variants: ['4.2M€']\n",
    )
    terms = parse_client_file(path).confidential_terms
    assert [t.term for t in terms] == ["Projet Houblon", "4,2 M€"]
    assert terms[1].variants == ["4.2M€"]


def test_error_names_the_file_the_key_and_the_problem(tmp_path: Path):
    path = write(tmp_path / "volta.yaml", "language: de\nslack:\n  teems: [T1]\n")
    with pytest.raises(ClientConfigError) as caught:
        parse_client_file(path)
    message = str(caught.value)
    assert str(path) in message
    assert "key 'language'" in message and "'fr' or 'en'" in message
    assert "key 'slack.teems'" in message


def test_broken_yaml_is_reported_with_its_line(tmp_path: Path):
    path = write(tmp_path / "volta.yaml", "display_name: [unclosed\n")
    with pytest.raises(ClientConfigError, match="not valid YAML at line"):
        parse_client_file(path)


def test_a_broken_file_does_not_take_the_others_down(tmp_path: Path):
    write(tmp_path / "good.yaml", "display_name: Good\n")
    write(tmp_path / "bad.yaml", "- just\n- a list\n")
    configs, errors = ClientDirectory(tmp_path).load_all()
    assert [c.name for c in configs] == ["good"]
    assert len(errors) == 1 and "bad.yaml" in str(errors[0])


def test_highest_mapped_role_wins_case_insensitively():
    config = ClientConfig(
        name="acme", roles={"community_manager": ["Staff"], "ambassador": ["Membres"]}
    )
    assert config.role_for(["membres", "STAFF"]) is Role.COMMUNITY_MANAGER


def test_unknown_client_lists_the_known_ones(tmp_path: Path):
    directory = ClientDirectory(tmp_path)
    directory.save(ClientConfig(name="acme"))
    with pytest.raises(ClientNotFound, match=r"unknown client 'nope' .*acme"):
        directory.get("nope")
    with pytest.raises(ClientNotFound):
        directory.get("../etc/passwd")


def test_directory_picks_up_a_changed_file(tmp_path: Path):
    directory = ClientDirectory(tmp_path)
    path = directory.save(ClientConfig(name="acme", language="fr"))
    assert directory.get("acme").language == "fr"
    path.write_text("language: en\n", encoding="utf-8")
    import os

    os.utime(path, (path.stat().st_atime, path.stat().st_mtime + 5))
    assert directory.get("acme").language == "en"


def test_workspace_lookup(tmp_path: Path):
    directory = ClientDirectory(tmp_path)
    directory.save(ClientConfig(name="acme", slack={"teams": ["T1"]}, discord={"guilds": ["42"]}))
    assert directory.for_workspace("slack", "T1").name == "acme"
    assert directory.for_workspace("discord", "42").name == "acme"
    assert directory.for_workspace("slack", "T2") is None
