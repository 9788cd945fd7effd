"""The package's shape, as the README's "How the code is organised" describes it.

Each stage sits in its own folder and imports no other stage; storage knows no stage;
only the command line imports the commands; no module grows past 500 lines; and the
imports have no cycles. Read from the source with `ast`, so nothing is imported.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "archiver"
FOUNDATION = {"errors", "clock", "text", "platforms", "interrupt", "untrusted", "tasks"}
STAGES = {"articles", "clips", "speech", "vision", "evidence", "bundles", "discovery"}
MAX_LINES = 500


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> set[str]:
    """Every archiver module `path` imports, at any depth of its code."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("archiver"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("archiver"):
            known = modules()
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
    return found


def layer(module: str) -> str:
    """foundation, store, a stage's name, or the module's own top-level name."""
    parts = module.split(".")
    if len(parts) == 1:
        return "package"
    if parts[1] in FOUNDATION:
        return "foundation"
    return parts[1]


def allowed(importer: str, imported: str) -> bool:
    low, high = layer(imported), layer(importer)
    if low in ("foundation", "package"):
        return True  # the foundation modules import only each other (checked below)
    if low == "store":
        return high != "foundation"
    if low in STAGES:
        # a stage imports no other stage; what sits above stages may import them all
        return high == low or high in ("pipeline", "commands", "datasette", "cli")
    if low == "commands":
        return high in ("commands", "cli")
    if low == "cli":
        return False
    return high not in ("foundation", "store", *STAGES)


def test_each_layer_imports_only_what_lies_below_it() -> None:
    wrong = [
        f"{importer} imports {imported}"
        for importer, path in modules().items()
        for imported in sorted(imports_of(path))
        if imported in modules() and not allowed(importer, imported)
    ]
    assert wrong == []


def test_the_foundation_imports_only_itself() -> None:
    for module, path in modules().items():
        if layer(module) == "foundation":
            assert {layer(imported) for imported in imports_of(path)} <= {"foundation"}, module


def test_no_import_cycles() -> None:
    graph = {module: imports_of(path) & set(modules()) for module, path in modules().items()}
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        if state.get(module) == "done":
            return
        if state.get(module) == "open":
            pytest.fail("import cycle: " + " -> ".join([*trail, module]))
        state[module] = "open"
        for imported in sorted(graph[module]):
            # a package's __init__ importing its own modules is how packages work
            if not imported.startswith(module + "."):
                visit(imported, [*trail, module])
        state[module] = "done"

    for module in graph:
        visit(module, [])


def test_no_module_is_longer_than_500_lines() -> None:
    long = {
        module: length
        for module, path in modules().items()
        if (length := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_stages_are_folders_each_with_one_entry_point() -> None:
    entry_points = {
        "articles": ("ingest", "ingest_articles"),
        "clips": ("capture", "capture_urls"),
        "speech": ("transcribe", "transcribe_stage"),
        "vision": ("ocr", "ocr_stage"),
        "evidence": ("links", "link_stage"),
    }
    for stage, (module, function) in entry_points.items():
        source = (PACKAGE / stage / f"{module}.py").read_text(encoding="utf-8")
        assert f"def {function}(" in source, stage
        assert f"{function}" in (PACKAGE / "pipeline.py").read_text(encoding="utf-8"), stage


def test_every_command_in_the_help_table_loads() -> None:
    import click

    from archiver.cli import COMMANDS, main

    context = click.Context(main)
    for name, (_, _, short_help) in COMMANDS.items():
        command = main.get_command(context, name)
        assert isinstance(command, click.Command), name
        assert short_help and len(short_help) <= 60, name
