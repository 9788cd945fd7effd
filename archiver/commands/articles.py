"""Reading articles into claims and citations: ingest."""

from __future__ import annotations

import sys

import click

from archiver.commands.common import allow_private_option, console, open_archive, plain, styled
from archiver.commands.common import table as make_table


@click.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--outlet", help="The outlet, when the article does not say.")
@click.option("--title")
@click.option("--published", "published_at", help="Publication date, YYYY-MM-DD.")
@allow_private_option
@click.pass_context
def ingest(
    ctx: click.Context,
    articles: tuple[str, ...],
    outlet: str | None,
    title: str | None,
    published_at: str | None,
    allow_private_addresses: bool,
) -> None:
    """Read articles (.txt or .html files, URLs, or - for stdin) into claims and citations."""
    from archiver.articles.ingest import ArticleRequest, ingest_articles
    from archiver.store.runs import recorded_run

    requests = [ArticleRequest(source, outlet, title, published_at) for source in articles]
    with open_archive(ctx) as catalogue, recorded_run(catalogue, "ingest") as run:
        outcomes = ingest_articles(
            catalogue,
            requests,
            run_id=run.run_id,
            allow_private_addresses=allow_private_addresses,
        )
        run.status = "ok" if all(outcome.ok for outcome in outcomes) else "failed"
    shown = make_table("Ingest summary", ("status", "article", "claims", "citations", "detail"))
    for outcome in outcomes:
        shown.add_row(
            styled(outcome.status, "green" if outcome.ok else "red"),
            plain(outcome.source),
            str(outcome.claims),
            str(outcome.citations),
            plain(outcome.title if outcome.ok else outcome.message),
        )
    console.print(shown)
    if any(not outcome.ok for outcome in outcomes):
        sys.exit(1)
