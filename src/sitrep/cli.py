"""The `sitrep` command line."""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from .read import MAX_FILE_BYTES
from .store import Store

DEFAULT_DB = "sitrep.db"
console = Console(width=None if sys.stdout.isatty() else 200)
errors = Console(stderr=True)
db_option = click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite file of the incident store.")


def open_store(db: str, must_exist: bool = False) -> Store:
    if must_exist and not Path(db).exists():
        raise click.ClickException(f"no store at {db}: run `sitrep ingest PATH --db {db}` first")
    try:
        return Store(db)
    except Exception as error:
        raise click.ClickException(f"cannot open store {db}: {error}") from error


@click.group()
@click.version_option(package_name="sitrep")
def main() -> None:
    """sitrep: aircraft-loss incidents from news articles, with every source's evidence."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True, help="Processes that clean and extract.")
@click.option("--max-file-mb", type=click.FloatRange(0, min_open=True), default=MAX_FILE_BYTES / 1e6, show_default=True,
              help="Skip a file, JSONL line or WARC page larger than this (megabytes).")  # fmt: skip
def ingest(paths: tuple[Path, ...], db: str, as_json: bool, workers: int, max_file_mb: float) -> None:
    """Read articles (.txt, .html, .jsonl, .warc[.gz]; folders recursively) into the store."""
    from .pipeline import ingest as run_ingest

    with open_store(db) as store, _progress() as progress:
        task = progress.add_task("ingesting", total=None)
        advance = lambda origin: progress.update(task, advance=1, description=_short(origin))  # noqa: E731
        summary = run_ingest(paths, store, on_item=advance, workers=workers, max_file_bytes=int(max_file_mb * 1e6))
    report = summary.as_dict()
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    console.print(
        f"read {report['read']} · new articles {report['new_articles']} · updated {report['updated_articles']} · "
        f"unchanged {report['unchanged']} · skipped {len(report['skipped'])}"
    )
    console.print(
        f"relevant articles {report['relevant']} · mentions {report['mentions']} · "
        f"incidents created {report['incidents_created']} · updated {report['incidents_updated']} · "
        f"merged {report['incidents_merged']}"
    )
    for note, count in sorted(report["notes"].items()):
        console.print(f"  {count} × {note}", markup=False)
    for skip in report["skipped"]:
        errors.print(f"skipped {skip['origin']}: {skip['reason']}", markup=False)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(), TextColumn("{task.completed} read"), BarColumn(), TextColumn("{task.description}"),
        TimeElapsedColumn(), console=errors, transient=True, disable=not errors.is_terminal,
    )  # fmt: skip


def _short(origin: str) -> str:
    return origin if len(origin) < 50 else "…" + origin[-49:]


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def incidents(db: str, fmt: str) -> None:
    """List the incidents in the store."""
    from .export import incident_records, write_csv, write_jsonl, flat_row

    with open_store(db, must_exist=True) as store:
        if fmt == "json":
            write_jsonl(incident_records(store), sys.stdout)
        elif fmt == "csv":
            write_csv(incident_records(store), sys.stdout)
        else:
            rows = [flat_row(r) for r in incident_records(store)]
            console.print(_incident_table(rows))
            console.print(f"{len(rows)} incidents")


def _incident_table(rows: list[dict]) -> Table:
    table = Table(show_lines=False)
    for column in ("id", "date", "aircraft", "operator", "where", "cause", "killed", "wounded", "status", "articles"):
        table.add_column(column, overflow="fold")
    for row in rows:
        where = ", ".join(str(v) for v in (row["place"], row["admin1"], row["country"]) if v)
        aircraft = row["aircraft_model"] or row["aircraft_category"] or ""
        table.add_row(
            row["id"], str(row["date"] or ""), aircraft, str(row["operator"] or ""), where, str(row["cause"] or ""),
            _count(row["killed"]), _count(row["wounded"]), str(row["status"] or ""), row["articles"],
            style="red" if row["conflicts"] else None,
        )  # fmt: skip
    return table


def _count(value: object) -> str:
    return "" if value is None else str(value)


@main.command()
@click.argument("incident_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON.")
def show(incident_id: str, db: str, as_json: bool) -> None:
    """Every field of one incident, its values by source and the evidence sentences."""
    from .export import incident_record

    with open_store(db, must_exist=True) as store:
        incident = store.incident(incident_id)
        if incident is None:
            successor = store.successor(incident_id)
            hint = f" (merged into {successor})" if successor else ""
            raise click.ClickException(f"no incident {incident_id}{hint}")
        record = incident_record(store, incident)
    if as_json:
        click.echo(json.dumps(record, indent=2, ensure_ascii=False))
        return
    _print_incident(record)


def _print_incident(record: dict) -> None:
    from .export import flat_row

    row = flat_row(record)
    console.print(f"[bold]{record['id']}[/bold]  status: {record['status']}")
    for label, value in (
        ("date", f"{row['date']} ({row['date_precision']})" if row["date"] else None),
        ("aircraft", " / ".join(str(v) for v in (row["aircraft_model"], row["aircraft_family"], row["aircraft_category"]) if v)),
        ("operator", row["operator"]),
        ("location", ", ".join(str(v) for v in (row["place"], row["admin1"], row["country"]) if v)),
        ("cause", row["cause"]), ("weapon", row["weapon"]), ("perpetrator", row["perpetrator"]),
        ("killed", row["killed"]), ("wounded", row["wounded"]), ("on board", row["on_board"]),
    ):  # fmt: skip
        console.print(f"  {label:<12}{'' if value is None else value}", markup=False, highlight=False)
    for event in record.get("history", []):
        other = f" {event['other_id']}" if event["other_id"] else ""
        console.print(f"  [dim]{event['at']}  {event['event']}{other}[/dim]")
    for conflict in record["conflicts"]:
        console.print(f"  [red]conflict[/red] {conflict['field']}: {' vs '.join(conflict['values'])} ({conflict['why']})")
    console.print("\n[bold]values by source[/bold]")
    for field, values in record["values"].items():
        for value in values:
            shown = json.dumps(value["value"], ensure_ascii=False) if isinstance(value["value"], dict) else value["value"]
            console.print(f"  {field}: {shown}", markup=False, highlight=False)
            for source in value["sources"]:
                evidence = source["evidence"]
                console.print(
                    f"      [{source['article_id']}] {source['attributed_to']} ({source['stance']}): “{evidence['text']}”",
                    markup=False, highlight=False,
                )  # fmt: skip


@main.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson", "parquet"]), required=True)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), required=True)
def export(db: str, fmt: str, output: Path) -> None:
    """Write every incident to a file (JSONL is the documented contract)."""
    from .export import export as run_export

    if not output.parent.exists():
        raise click.ClickException(f"folder {output.parent} does not exist")
    with open_store(db, must_exist=True) as store:
        count = run_export(store, fmt, output)
    console.print(f"wrote {count} incidents to {output}")


@main.command()
@db_option
def skipped(db: str) -> None:
    """Inputs that could not be read, with the reason, for every ingest run."""
    with open_store(db, must_exist=True) as store:
        rows = store.skipped()
    table = Table()
    for column in ("run", "input", "reason", "at"):
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(str(row["run_id"]), row["origin"], row["reason"], row["at"])
    console.print(table)
    console.print(f"{len(rows)} skipped")


@main.command()
@db_option
def verify(db: str) -> None:
    """Check the store's invariants (say, after an ingest was killed); exit status 1 if any is broken."""
    with open_store(db, must_exist=True) as store:
        problems, unfinished = store.check_consistency(), store.unfinished_runs()
    for run in unfinished:
        console.print(f"run {run['id']} started {run['started_at']} never finished (interrupted, or still running)")
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        raise click.ClickException(f"{len(problems)} problems in {db}")
    console.print(f"{db} is consistent")


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a request may take before it answers 504 (an upload: to arrive; 408).")
@click.option("--max-concurrent", default=64, show_default=True, type=click.IntRange(1),
              help="Requests answered at once; more answer 503 at once instead of queueing.")
def serve(db: str, host: str, port: int, timeout: float, max_concurrent: int) -> None:
    """Serve the web page and the HTTP API (docs at /api/docs) over the store."""
    import uvicorn

    from .server import create_app

    open_store(db, must_exist=True).close()
    console.print(f"serving {db} at http://{host}:{port}/ (API docs at /api/docs); Ctrl+C stops")
    app = create_app(db, request_timeout_s=timeout, max_in_flight=max_concurrent)
    # Claim checks and uploads need spaCy and the gazetteer: load them while the server starts, not on
    # the first such request (seconds, which could run past --timeout).
    threading.Thread(target=_load_models, daemon=True, name="sitrep-warm-up").start()
    # uvicorn's own cap (plain-text 503) only stops floods of connections; the app bounds requests
    uvicorn.run(app, host=host, port=port, log_level="warning", limit_concurrency=4 * max_concurrent)


def _load_models() -> None:
    from .gazetteer import get_gazetteer
    from .nlp import get_nlp

    get_nlp()
    get_gazetteer()


@main.command()
@click.argument("claim", required=False)
@db_option
@click.option("--file", "claims_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A JSONL file of claims with expected verdicts: prints accuracy and the confusion table.")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def check(claim: str | None, db: str, claims_file: Path | None, as_json: bool) -> None:
    """Check a claim ("Azerbaijan shot down a Russian Mi-24 over Armenia in November 2020") against the store."""
    from .claims import check_claim, evaluate_claims, load_claims

    if (claim is None) == (claims_file is None):
        raise click.UsageError("give either a CLAIM or --file CLAIMS.jsonl")
    with open_store(db, must_exist=True) as store:
        try:
            result = evaluate_claims(store, load_claims(claims_file)) if claims_file else check_claim(store, claim)
        except ValueError as error:
            raise click.ClickException(str(error)) from error
    if as_json:
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    elif claims_file:
        _print_claims_report(result)
    else:
        _print_check(result)


VERDICT_STYLE = {"supported": "green", "refuted": "red", "conflicting": "yellow", "not_enough_evidence": "dim"}


def _print_check(result: dict) -> None:
    from .claims import label, show_value

    style = VERDICT_STYLE[result["verdict"]]
    console.print(f"[bold {style}]{result['verdict']}[/]  {result['incident_id'] or 'no matching incident'}")
    console.print(f"  {result['reason']}", markup=False, highlight=False)
    if result["checks"]:
        table = Table()
        for column in ("detail", "claimed", "verdict", "why"):
            table.add_column(column, overflow="fold")
        for c in result["checks"]:
            table.add_row(label(c["field"]), show_value(c["field"], c["claimed"]), c["verdict"], c["reason"],
                          style=VERDICT_STYLE[c["verdict"]])  # fmt: skip
        console.print(table)
        console.print("[bold]evidence[/bold]")
        sentences: dict[tuple, dict[str, list[str]]] = {}  # each sentence once, with the details it bears on
        for c in result["checks"]:
            for e in c["evidence"]:
                key = (e["outlet"] or e["article_id"], e["attributed_to"], e["stance"], e["text"])
                sentences.setdefault(key, {}).setdefault(e["relation"], []).append(label(c["field"]))
        for (where, who, stance, text), relations in sentences.items():
            bears = "; ".join(f"{r}: {', '.join(dict.fromkeys(f))}" for r, f in relations.items())
            console.print(f"  [{where}] {who} ({stance}) {bears}\n      “{text}”", markup=False, highlight=False)
    for candidate in result["candidates"] if not result["incident_id"] else []:
        console.print(
            f"  nearest: {candidate['incident_id']}  {candidate['date'] or '?'}  {candidate['aircraft'] or '?'}  "
            f"{candidate['country'] or '?'}  {candidate['cause'] or '?'}  (score {candidate['score']})", markup=False,
        )  # fmt: skip


def _print_claims_report(report: dict) -> None:
    from .claims import VERDICTS

    for row in report["results"]:
        if not row["correct"]:
            console.print(f"[red]✗[/red] expected {row['expected']}, got {row['predicted']}: {row['claim']}", highlight=False)
            console.print(f"    {row['reason']}", markup=False, highlight=False)
    table = Table(title="expected × predicted")
    table.add_column("expected")
    for verdict in VERDICTS:
        table.add_column(verdict, justify="right")
    for expected in VERDICTS:
        table.add_row(expected, *(str(report["confusion"][expected][p]) for p in VERDICTS))
    console.print(table)
    console.print(f"accuracy {report['accuracy']:.3f} ({report['correct']}/{report['total']})")
    for name, group in report["groups"].items() if len(report["groups"]) > 1 else ():
        console.print(f"  about {name}: {group['accuracy']:.3f} ({group['correct']}/{group['total']})")


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON (with every miss).")
@click.option("--misses", "show_misses", is_flag=True, help="Also list every wrong value, missed and spurious mention.")
def evaluate_command(gold: Path, paths: tuple[Path, ...], as_json: bool, show_misses: bool) -> None:
    """Compare what sitrep extracts from PATHS with a gold file; prints P/R/F1 per field and B-cubed.

    Given folders that each hold a gold.json beside their articles (GOLD is then a folder too), scores
    them as one set, ingested into one store: `sitrep eval gold/tune gold/holdout gold/tune2`.
    """
    from .evaluate import evaluate, format_misses, format_report, load_gold, load_parts

    try:
        if gold.is_dir():
            paths = (gold, *paths)
            gold_data = load_parts(paths)
        elif not paths:
            raise ValueError("give the PATHS that hold the articles the gold file names")
        else:
            gold_data = load_gold(gold)
    except ValueError as error:
        raise click.ClickException(str(error)) from error
    report = evaluate(gold_data, paths)
    if as_json:
        click.echo(json.dumps(report, indent=2))
        return
    click.echo(format_report(report))
    if show_misses and report["misses"]:
        click.echo("\nmisses:\n" + format_misses(report))


@main.command(name="spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Folder or URI for the Parquet tables (articles, mentions, incidents, skipped).")
@click.option("--master", default=None, help="Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
@click.option("--load-db", type=click.Path(dir_okay=False, path_type=Path), help="Load the tables into this new store.")
@click.option("--shuffle-partitions", type=click.IntRange(1), default=None, help="spark.sql.shuffle.partitions.")
def spark_command(inputs: tuple[str, ...], out: str, master: str | None, load_db: Path | None, shuffle_partitions: int | None) -> None:
    """Run the pipeline on Spark over INPUTS (folders, .txt, .html, .jsonl, .warc[.gz], Parquet); write Parquet."""
    from .spark import load_store, run, session

    if load_db and load_db.exists():
        with open_store(str(load_db)) as store:
            if store.count("articles"):
                raise click.ClickException(f"{load_db} already holds articles: load a Spark run into a new store")
    try:
        spark = session(master, shuffle_partitions)
    except RuntimeError as error:
        raise click.ClickException(str(error)) from error
    try:
        counts = run(spark, list(inputs), out)
    finally:
        spark.stop()
    console.print(" · ".join(f"{name} {count}" for name, count in counts.items()) + f" → {out}")
    if load_db:
        load_store(out, load_db)
        console.print(f"loaded into {load_db}: `sitrep serve --db {load_db}` serves it")


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
def stories(paths: tuple[Path, ...], fmt: str) -> None:
    """Group any news articles (.txt, .html, .jsonl; folders recursively) into stories, one per event."""
    from .clean import clean
    from .models import Skip
    from .read import read_paths
    from .stories import group_stories

    articles = []
    for item in read_paths(paths):
        if isinstance(item, Skip):
            errors.print(f"skipped {item.origin}: {item.reason}", markup=False)
        else:
            articles.append(item)
    story_ids = group_stories(articles)
    if fmt == "jsonl":
        for article, story in zip(articles, story_ids):
            click.echo(json.dumps({"id": article.id, "story": story}, ensure_ascii=False))
        return
    table = Table()
    for column in ("story", "article", "title"):
        table.add_column(column, overflow="fold")
    for story, article in sorted(zip(story_ids, articles), key=lambda pair: (pair[0], pair[1].id)):
        table.add_row(story, article.id, article.title or clean(article.raw_text).headline or "")
    console.print(table)
    console.print(f"{len(set(story_ids))} stories in {len(articles)} articles")


if __name__ == "__main__":
    main()
