"""Build hook: compile the modules a parse runs through with mypyc.

The wheel carries the typed Python source of every module and, beside the
modules listed under ``[tool.hatch.build.targets.wheel.hooks.custom]`` in
pyproject.toml, their C extensions built by mypyc (as black and mypy ship
themselves); Python imports the extension when there is one. Compiling takes
about a minute and happens in a temporary folder, so the checkout is left as it
was (a source tree run with ``PYTHONPATH=src`` is always the pure-Python code).

``MOFA_PARSE_COMPILE`` chooses: ``auto`` (the default) compiles and, should
that fail (no C compiler, say), says so and builds the pure-Python wheel;
``never`` does not compile; ``required`` fails the build when compiling fails.
Editable installs are never compiled.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: The name of the shared library mypyc builds for the compiled modules (a top-level module).
GROUP = "mofa_parse"

_SETUP = """\
import sys
from setuptools import setup
from mypyc.build import mypycify

setup(name="mofa_parse_compiled", ext_modules=mypycify(sys.argv.pop(1).split(","), group_name={group!r}))
"""


class CompileHook(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the mypyc-compiled extensions of the configured modules to the wheel."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._folder: str | None = None
        mode = os.environ.get("MOFA_PARSE_COMPILE", "auto")
        if mode not in ("auto", "never", "required"):
            raise ValueError(f"MOFA_PARSE_COMPILE must be auto, never or required, not {mode!r}")
        if self.target_name != "wheel" or version == "editable" or mode == "never":
            return
        modules: list[str] = list(self.config.get("modules", []))
        mypy_args: list[str] = list(self.config.get("mypy-args", []))
        self._folder = tempfile.mkdtemp(prefix="mofa-parse-mypyc-")
        folder = Path(self._folder)
        shutil.copytree(Path(self.root, "src", "mofa_parse"), folder / "mofa_parse", ignore=_not_source)
        (folder / "setup.py").write_text(_SETUP.format(group=GROUP), encoding="utf-8")
        paths = [*mypy_args, *(f"mofa_parse/{module}.py" for module in modules)]
        process = subprocess.run(
            [sys.executable, "setup.py", ",".join(paths), "build_ext", "--inplace"],
            cwd=folder,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if process.returncode:
            if mode == "required":
                raise RuntimeError(f"mofa_parse: compiling with mypyc failed\n{process.stdout}")
            self.app.display_warning(
                f"mofa_parse: compiling with mypyc failed; building the pure-Python wheel\n{process.stdout}"
            )
            return
        for built in sorted(folder.rglob("*.so")) + sorted(folder.rglob("*.pyd")):
            if "build" in built.relative_to(folder).parts[:1]:
                continue
            build_data["force_include"][str(built)] = built.relative_to(folder).as_posix()
        build_data["infer_tag"] = True
        build_data["pure_python"] = False

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_folder", None):
            shutil.rmtree(str(self._folder), ignore_errors=True)


def _not_source(folder: str, names: list[str]) -> list[str]:
    """What ``copytree`` leaves out: bytecode and anything compiled before."""
    return [name for name in names if name == "__pycache__" or name.endswith((".so", ".pyd"))]
