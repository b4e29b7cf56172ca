"""The `workbench` command: serve, import, extract, check, export, backup."""

from __future__ import annotations

import functools
import json
import sys
from contextlib import nullcontext
from importlib import resources
from pathlib import Path

import click

from . import create_app, default_db_path, store
from .accounts import ROLES, hash_password, name_problem, one_time_password, password_problem
from .export import FORMATS as EXPORT_FORMATS
from .export import export_document, render
from .extract import extract_claims
from .ingest import FORMATS, Document, Rejection, import_document, read_paths, read_text
from .rechecks import recheck


def with_db(command):
    """Give a command `--db PATH` and an open, migrated database as its `db` argument."""

    @click.option("--db", "db_path", type=click.Path(dir_okay=False), default=default_db_path,
                  show_default="db/workbench.db or $WORKBENCH_DB", help="The SQLite database file.")
    @functools.wraps(command)
    def wrapper(db_path, **kwargs):
        db = store.open_db(db_path)
        try:
            store.migrate(db)
            return command(db=db, **kwargs)
        finally:
            db.close()

    return wrapper


@click.group()
def cli():
    """Fact-check workbench: numeric claims from news articles, checked and reviewed."""


@cli.command()
@with_db
def init(db):
    """Migrate the database and, when it has no articles, import the demo article.

    Example: workbench init --db db/workbench.db
    """
    if store.count_articles(db) == 0:
        raw = resources.files("workbench").joinpath("demo/isis-returnees.txt").read_text(encoding="utf-8")
        document = next(read_text(raw, "isis-returnees.txt", "txt"))
        outcome = import_document(db, document)
        click.echo(f"Imported the demo article as #{outcome.article_id} ({outcome.claims} figures).")


@cli.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False), default=default_db_path)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--workers", default=2, show_default=True, type=int)
def serve(db_path, host, port, workers):
    """Migrate, then serve the app with gunicorn.

    Example: workbench serve --host 127.0.0.1 --port 5000
    """
    from gunicorn.app.base import BaseApplication

    app = create_app({"DATABASE": db_path})
    db = store.open_db(db_path)
    try:
        _first_admin(db, f"http://{host}:{port}/login")
    finally:
        db.close()

    class Server(BaseApplication):
        def load_config(self):
            for key, value in {"bind": f"{host}:{port}", "workers": workers, "threads": 4,
                               "accesslog": "-", "preload_app": True}.items():
                self.cfg.set(key, value)

        def load(self):
            return app

    click.echo(f"Fact-check workbench at http://{host}:{port}/  (database {db_path})", err=True)
    Server().run()


def _first_admin(db, login_url: str) -> None:
    """On a database with no accounts, make an admin whose one-time password is printed once."""
    if store.count_users(db):
        return
    password = one_time_password()
    store.add_user(db, "admin", hash_password(password), "admin", must_change=True)
    click.echo(f"No accounts yet: created admin 'admin' with the one-time password {password}\n"
               f"Sign in at {login_url} and choose your own password.", err=True)


@cli.group()
def user():
    """Reviewer and admin accounts."""


@user.command("add")
@click.argument("name")
@click.option("--admin", is_flag=True, help="An admin: may also manage accounts, assign and publish.")
@with_db
def user_add(db, name, admin):
    """Create an account; the password is prompted for, or read from stdin when piped.

    Example: echo 'a long passphrase' | workbench user add Ana
    """
    if problem := name_problem(name):
        raise click.UsageError(problem)
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    if problem := password_problem(password):
        raise click.ClickException(problem)
    try:
        store.add_user(db, name, hash_password(password), ROLES[1] if admin else ROLES[0])
    except store.UserExists as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"created {'admin' if admin else 'reviewer'} {name}")


@cli.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="txt", show_default=True,
              help="How to read stdin ('-'); files are read by their extension.")
@with_db
def import_(db, paths, fmt):
    """Import files, folders, globs, or - for stdin.

    Example: workbench import ../shared/corpus/bbc/articles.jsonl articles/
    """
    items = list(_read_inputs(paths, fmt))
    documents = [item for item in items if isinstance(item, Document)]
    rejected = [item for item in items if isinstance(item, Rejection)]
    stored = present = 0
    progress = (click.progressbar(documents, label="Importing", file=sys.stderr, show_pos=True)
                if sys.stderr.isatty() else nullcontext(documents))
    with progress as bar:
        for document in bar:
            outcome = import_document(db, document)
            stored += outcome.stored
            present += not outcome.stored
    click.echo(f"stored {stored}, already present {present}, rejected {len(rejected)}")
    for rejection in rejected:
        click.echo(f"  rejected {rejection}", err=True)
    if rejected:
        sys.exit(1)


def _read_inputs(paths, fmt):
    for path in paths:
        if path == "-":
            yield from read_text(sys.stdin.read(), "<stdin>", fmt)
        else:
            yield from read_paths([path])


@cli.command()
@click.argument("source", type=click.File("r", encoding="utf-8"))
def extract(source):
    """Print the claims of one text as JSON, without touching the database.

    Example: workbench extract article.txt
    """
    claims = [claim.to_dict() for claim in extract_claims(source.read())]
    click.echo(json.dumps(claims, indent=2, ensure_ascii=False))


@cli.command()
@click.argument("article_id", required=False, type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@with_db
def check(db, article_id, as_json):
    """Re-run the consistency rules on one article, or all; store and print the findings.

    Example: workbench check 1 --json
    """
    ids = [article_id] if article_id is not None else store.article_ids(db)
    printed = []
    for current in ids:
        if store.get_article(db, current) is None:
            raise click.ClickException(f"no article {current}")
        recheck(db, current)
        for finding in store.article_findings(db, current):
            printed.append({"article": current, **{k: finding[k] for k in ("id", "rule", "claims", "status", "explanation", "origin")}})
    if as_json:
        click.echo(json.dumps(printed, indent=2, ensure_ascii=False))
    for finding in [] if as_json else printed:
        click.echo(f"article {finding['article']}  {finding['status']:4}  {finding['rule']}  {finding['explanation']}")


@cli.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="json", show_default=True)
@click.option("--article", "article_ids", type=int, multiple=True, help="Only this article (repeatable).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@with_db
def export(db, fmt, article_ids, output):
    """Export articles, claims, verdicts and findings as JSON, CSV or ClaimReview.

    Example: workbench export --article 1 -o verdicts.json
    """
    for article_id in article_ids:
        if store.get_article(db, article_id) is None:
            raise click.ClickException(f"no article {article_id}")
    output.write(render(export_document(db, list(article_ids) or None), fmt))


@cli.command()
@click.argument("target", type=click.Path(dir_okay=False, writable=True))
@with_db
def backup(db, target):
    """Copy the database consistently through SQLite's online backup API.

    Example: workbench backup /tmp/workbench-copy.db
    """
    if Path(target).exists():
        raise click.ClickException(f"{target} exists; choose a new file")
    store.backup(db, target)
    click.echo(f"backed up to {target}")
