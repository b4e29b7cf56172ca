"""A command starts without importing what it does not use: the CLI imports neither the web
framework nor the unit and plural libraries until a command needs them, and `workbench
extract` neither the database nor the rule engine; its start-up time is measured by `make
bench` (benchmarks/startup.py), not asserted here."""

import json
import subprocess
import sys

LOADED = "import sys, workbench.cli; print(json.dumps(sorted(m for m in ('flask', 'pint', 'inflect', 'werkzeug.security') if m in sys.modules)))"


def loaded_after(code: str) -> list[str]:
    result = subprocess.run([sys.executable, "-c", f"import json; {code}"], check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_command_line_imports_no_web_framework_units_or_plurals():
    assert loaded_after(LOADED) == []


# What `workbench extract` does not use: the database and its library, the import pipeline and
# the export, and the rules (it reads the statements only, for the parts of each total).
UNUSED_BY_EXTRACT = ("sqlite_utils", "workbench.store", "workbench.ingest", "workbench.restore", "workbench.export",
                     "workbench.rechecks", "workbench.checks.rules", "workbench.checks.evaluate", "workbench.checks.sums",
                     "workbench.checks.superlatives", "workbench.checks.scales", "workbench.checks.repeated")


def test_extract_imports_neither_the_database_nor_the_rules(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Profits rose 25% to £1.2bn from £960m.\n", encoding="utf-8")
    code = ("import sys; from workbench.cli import cli; from click.testing import CliRunner; "
            f"result = CliRunner().invoke(cli, ['extract', {str(path)!r}]); assert result.exit_code == 0, result.output; "
            f"print(json.dumps(sorted(m for m in {UNUSED_BY_EXTRACT!r} if m in sys.modules)))")
    assert loaded_after(code) == []


def test_the_plain_reading_modules_import_no_database():
    code = ("import sys, workbench.readers, workbench.export_formats, workbench.parsing; "
            "print(json.dumps(sorted(m for m in ('sqlite_utils', 'workbench.store', 'fastjsonschema') if m in sys.modules)))")
    assert loaded_after(code) == []


def test_plurals_are_read_once_a_text_needs_them_and_read_alike():
    code = ("import sys; from workbench.extract.numbers import singular; "
            "print(singular('reserves'), singular('women'), singular('news'), singular('previous')); "
            "print(json.dumps(['inflect' in sys.modules]))")
    result = subprocess.run([sys.executable, "-c", f"import json; {code}"], check=True, capture_output=True, text=True)
    words, loaded = result.stdout.strip().splitlines()
    assert words == "reserve woman news None" and json.loads(loaded) == [True]
