"""The `workbench` command: serve, import, extract, check, export, backup.

Each command imports the database, the web app, the import pipeline and the export where it
runs, not here: `workbench extract` is called once an article by scripts, and starts without
them.
"""

from __future__ import annotations

import functools
import getpass
import json
import os
import sqlite3
import sys
from contextlib import closing
from importlib import resources
from pathlib import Path

import click

from . import create_app, default_db_path
from .accounts import ROLES, hash_password, name_problem, one_time_password, password_problem
from .documents import Rejection
from .export_formats import FORMATS as EXPORT_FORMATS
from .parsing import NumberError, whole
from .progress import Progress
from .readers import FORMATS, STREAMED, ByteCounter, claims_of, decode, expand, read_bytes, read_files, read_lines, read_text


class RowId(click.ParamType):
    """An id as the web reads one (parsing.whole): click's int takes '١' as 1, and an id
    past SQLite's integers would end in the driver's OverflowError."""

    name = "id"

    def convert(self, value, param, ctx):
        try:
            return value if isinstance(value, int) else whole(value, param.name if param else self.name)
        except NumberError as error:
            self.fail(str(error), param, ctx)


ROW_ID = RowId()


def with_db(command):
    """Give a command `--db PATH` and an open, migrated database as its `db` argument."""

    @click.option("--db", "db_path", type=click.Path(dir_okay=False), default=default_db_path,
                  show_default="db/workbench.db or $WORKBENCH_DB", help="The SQLite database file.")
    @functools.wraps(command)
    def wrapper(db_path, **kwargs):
        from . import store

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
    from . import store
    from .ingest import import_document

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
    """Check the database file, migrate it, then serve the app with gunicorn.

    Example: workbench serve --host 127.0.0.1 --port 5000
    """
    from gunicorn.app.base import BaseApplication

    from . import store

    try:
        with closing(store.open_db(db_path)) as db:
            store.check_integrity(db)
            store.migrate(db)
            _first_admin(db, f"http://{host}:{port}/login")
    except store.StoreError as error:
        raise click.ClickException(f"not serving: {error}") from None
    except sqlite3.DatabaseError as error:  # damaged past opening, or not a database at all
        raise click.ClickException(f"not serving: {db_path}: {error}") from None
    try:
        app = create_app({"DATABASE": db_path})
    except ValueError as error:  # a setting in the environment that cannot be used, named by the error
        raise click.ClickException(f"not serving: {error}") from None

    class Server(BaseApplication):
        def load_config(self):
            for key, value in {"bind": f"{host}:{port}", "workers": workers, "threads": 4,
                               "accesslog": "-", "preload_app": True}.items():
                self.cfg.set(key, value)

        def load(self):
            return app

    click.echo(f"Fact-check workbench at http://{host}:{port}/  (database {db_path})", err=True)
    Server().run()


def _actor() -> str:
    """How the account history names whoever ran the command: the system login."""
    try:
        return f"command line ({getpass.getuser()})"
    except (KeyError, OSError):  # no login name in this environment
        return "command line"


def _first_admin(db, login_url: str) -> None:
    """On a database with no accounts, make an admin whose one-time password is printed once."""
    from . import store

    if store.count_users(db):
        return
    password = one_time_password()
    store.add_user(db, "admin", hash_password(password), "admin", actor=_actor(), must_change=True)
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
    from . import store

    if problem := name_problem(name):
        raise click.UsageError(problem)
    if sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    if problem := password_problem(password):
        raise click.ClickException(problem)
    try:
        store.add_user(db, name, hash_password(password), ROLES[1] if admin else ROLES[0], actor=_actor())
    except store.UserExists as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"created {'admin' if admin else 'reviewer'} {name}")


@cli.command("import")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="txt", show_default=True,
              help="How to read stdin ('-'); files are read by their extension.")
@click.option("--jobs", type=click.IntRange(0), default=max(1, (os.cpu_count() or 1) - 1),
              show_default="the number of cores less one",
              help="Worker processes for extraction and checks in large imports, while this one stores; 0: none.")
@with_db
def import_(db, paths, fmt, jobs):
    """Import files, folders (recursively), globs, or - for stdin.

    Each article is stored whole or not at all; one already present (same text) is left
    alone. Exits 0 when nothing was rejected, 1 otherwise.

    Example: workbench import ../shared/corpus/bbc/articles.jsonl articles/
    """
    from .ingest import import_documents

    files = [path for path in expand(p for p in paths if p != "-")]
    counter = ByteCounter()
    total = sum(f.stat().st_size for f in files if isinstance(f, Path)) if "-" not in paths else None
    progress = Progress(sys.stderr, total) if sys.stderr.isatty() else None
    stored = present = 0
    rejected = []
    for outcome in import_documents(db, _read_inputs(paths, files, fmt, counter), jobs):
        if isinstance(outcome, Rejection):
            rejected.append(outcome)
        else:
            stored += outcome.stored
            present += not outcome.stored
        if progress:
            progress.update(stored + present, counter.read)
    if progress:
        progress.update(stored + present, counter.read, force=True)
        progress.close()
    click.echo(f"stored {stored}, already present {present}, rejected {len(rejected)}")
    for rejection in rejected:
        click.echo(f"  rejected {rejection}", err=True)
    if rejected:
        sys.exit(1)


def _read_inputs(paths, files, fmt, counter):
    """The documents of stdin, where '-' was given, and of the files, in the order given."""
    if "-" in paths:
        if fmt in STREAMED:
            yield from read_lines(counter.lines(sys.stdin.buffer), "<stdin>", fmt)
        else:
            yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", fmt)
    yield from read_files(files, counter)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The folder to write; with --scheduler, one every worker can write.")
@click.option("--format", "fmt", type=click.Choice(("parquet", "jsonl")), default="parquet", show_default=True)
@click.option("--workers", type=click.IntRange(1), default=os.cpu_count() or 1, show_default="the number of cores",
              help="Start a local Dask cluster of this many worker processes.")
@click.option("--scheduler", metavar="ADDRESS", help="Use the running Dask cluster at this address instead (tcp://host:8786).")
@click.option("--blocksize", metavar="SIZE", help="Bytes of input a task reads, as Dask writes sizes (64MB); "
              "by default several pieces for each worker, at most 32MB.")
def analyse(inputs, out, fmt, workers, scheduler, blocksize):
    """Extract and check an archive on a Dask cluster: files, folders, globs, sharded JSONL.

    Writes one record per article (document, claims, findings) to OUT/articles, the
    findings that link articles to OUT/links, and what could not be read to
    OUT/rejected.jsonl; `workbench import OUT` loads it without extracting again.
    Needs the cluster extra: pip install 'workbench[cluster]'.

    Example: workbench analyse ../shared/corpus/ --out archive/ --workers 2
    """
    try:
        from dask.distributed import Client

        from .archive.cluster import analyse as run, local_cluster
    except ImportError as error:
        raise click.ClickException(f"workbench analyse needs Dask ({error.name} is missing): "
                                   "pip install 'workbench[cluster]'") from None
    from dask.utils import parse_bytes

    if (out / "analysis.json").exists():
        raise click.ClickException(f"{out} holds an analysis already; choose a new folder")
    try:
        size = parse_bytes(blocksize) if blocksize else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--blocksize") from None
    if size is not None and size < 1:
        raise click.BadParameter("must be at least one byte", param_hint="--blocksize")
    cluster = None if scheduler else local_cluster(workers)
    with Client(scheduler or cluster) as client:
        if scheduler:
            dashboard = "dashboard" in client.scheduler_info().get("services", {})
            click.echo(f"Dask cluster at {scheduler}" + (f"; its dashboard: {client.dashboard_link}" if dashboard else ""), err=True)
        manifest = run(client, list(inputs), out, fmt, size, show_progress=sys.stderr.isatty())
    if cluster is not None:
        cluster.close()
    workers = f"{manifest['workers']} worker" + ("s" if manifest["workers"] > 1 else "")
    click.echo(f"analysed {manifest['articles']} articles on {workers} in {manifest['seconds']} s: "
               f"{manifest['links']} findings link articles, rejected {manifest['rejected']} (see {out / 'rejected.jsonl'})")
    if manifest["rejected"]:
        sys.exit(1)


@cli.command()
@click.argument("source", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
def extract(source):
    """Print the claims of one text (a file, or - for stdin) as JSON, without touching the database.

    Example: workbench extract article.txt
    """
    stdin = source == "-"
    text = decode(sys.stdin.buffer.read() if stdin else Path(source).read_bytes(), "<stdin>" if stdin else source)
    if isinstance(text, Rejection):
        raise click.ClickException(str(text))
    claims = [claim.to_dict() for claim in claims_of(text)]
    click.echo(json.dumps(claims, indent=2, ensure_ascii=False))


@cli.command()
@click.argument("article_id", required=False, type=ROW_ID)
@click.option("--json", "as_json", is_flag=True, help="Print the findings as a JSON list.")
@with_db
def check(db, article_id, as_json):
    """Re-run the consistency rules on one article, or all; store and print the findings.

    Example: workbench check 1 --json
    """
    from . import store
    from .rechecks import recheck

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
@click.option("--article", "article_ids", type=ROW_ID, multiple=True, help="Only this article (repeatable).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles created or changed on or after this date.")
@click.option("--reviewed", is_flag=True, help="Only claims with a verdict, and the articles that have one.")
@click.option("--published", is_flag=True, help="Only published claims, and the articles that have one.")
@click.option("--excel", is_flag=True, help="CSV only: start with the byte-order mark Excel needs to read UTF-8.")
@click.option("--jobs", type=click.IntRange(0), default=os.cpu_count() or 1, show_default="the number of cores",
              help="Worker processes that read and encode articles while this one writes; 0: none.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-")
@with_db
def export(db, fmt, article_ids, since, reviewed, published, excel, jobs, output):
    """Export articles, claims, verdicts and findings as JSON, CSV or ClaimReview, streamed.

    The same data always gives the same bytes; `workbench import` reads the JSON back.
    ClaimReview holds the published claims only, each pointing at its public page under
    $WORKBENCH_PUBLIC_URL.

    Example: workbench export --article 1 -o verdicts.json
    """
    from . import store
    from .claimreview import NoPublicAddress, Publisher, configured_public_url
    from .export import Selection, stream
    from .verdicts import load_labels

    if excel and fmt != "csv":
        raise click.UsageError("--excel is for --format csv only")
    for article_id in article_ids:
        if store.get_article(db, article_id) is None:
            raise click.ClickException(f"no article {article_id}")
    try:
        publisher = Publisher.named(configured_public_url()) if fmt == "claimreview" else None
    except NoPublicAddress as error:
        raise click.ClickException(str(error)) from None
    selection = Selection(tuple(article_ids), since.date().isoformat() if since else None, reviewed, published)
    for chunk in stream(db, selection, fmt, load_labels(), jobs, publisher, bom=excel):
        output.write(chunk)


@cli.command()
@click.argument("target", type=click.Path(dir_okay=False, writable=True))
@with_db
def backup(db, target):
    """Copy the database consistently through SQLite's online backup API.

    Example: workbench backup /tmp/workbench-copy.db
    """
    from . import store

    if Path(target).exists():
        raise click.ClickException(f"{target} exists; choose a new file")
    store.backup(db, target)
    click.echo(f"backed up to {target}")


@cli.group()
def token():
    """Tokens for scripts that use the JSON API; each acts as one account."""


@token.command("add")
@click.argument("name")
@click.option("--label", default="script", show_default=True, help="What the token is for, to tell tokens apart.")
@with_db
def token_add(db, name, label):
    """Make a token for the account NAME and print it: this is the only time it is shown.

    Example: TOKEN=$(workbench token add Ana --label cms-sync)
    """
    from . import store

    account = store.user_by_name(db, name)
    if account is None or account["disabled"]:
        raise click.ClickException(f"no enabled account named {name!r}")
    row = store.add_token(db, account["id"], label, actor=_actor())
    click.echo(f"token {row['id']} for {account['name']}; send it as 'Authorization: Bearer TOKEN'", err=True)
    click.echo(row["token"])


@token.command("list")
@click.argument("name")
@with_db
def token_list(db, name):
    """The tokens of the account NAME, revoked ones too, by id (never the secret).

    Example: workbench token list Ana
    """
    from . import store

    account = store.user_by_name(db, name)
    if account is None:
        raise click.ClickException(f"no account named {name!r}")
    for row in store.list_tokens(db, account["id"]):
        status = "revoked" if row["revoked"] else f"last used {row['last_used_at'] or 'never'}"
        click.echo(f"{row['id']}  {row['name']}  made {row['created_at']}  {status}")


@token.command("revoke")
@click.argument("token_id", metavar="ID", type=ROW_ID)
@with_db
def token_revoke(db, token_id):
    """Stop the token ID working, for good.

    Example: workbench token revoke 3
    """
    from . import store

    if not store.revoke_token(db, token_id, actor=_actor()):
        raise click.ClickException(f"no token {token_id} in use")
    click.echo(f"revoked token {token_id}")
