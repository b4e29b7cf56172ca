"""A command starts without importing what it does not use: the CLI imports neither the web
framework nor the unit and plural libraries until a command needs them; its start-up time is
measured by `make bench` (benchmarks/startup.py), not asserted here."""

import json
import subprocess
import sys

LOADED = "import sys, workbench.cli; print(json.dumps(sorted(m for m in ('flask', 'pint', 'inflect', 'werkzeug.security') if m in sys.modules)))"


def loaded_after(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", f"import json; {code}"], check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_command_line_imports_no_web_framework_units_or_plurals():
    assert loaded_after(LOADED) == []


def test_plurals_are_read_once_a_text_needs_them_and_read_alike():
    code = ("import sys; from workbench.extract.numbers import singular; "
            "print(singular('reserves'), singular('women'), singular('news'), singular('previous')); "
            "print(json.dumps(['inflect' in sys.modules]))")
    result = subprocess.run([sys.executable, "-c", f"import json; {code}"], check=True, capture_output=True, text=True)
    words, loaded = result.stdout.strip().splitlines()
    assert words == "reserve woman news None" and json.loads(loaded) == [True]
