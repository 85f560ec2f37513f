#!/usr/bin/env python3
"""tantivy (PyPI) on Tribunal's corpus: the same documents, tokens and positions, the same query mix.

Input is written by `tribunal-bench export --judgments N --output DIR`: documents.jsonl (one search
document a line: the analyzer's tokens with their position steps) and queries.json (the query mix,
analysed). Tokens go in pre-tokenized, so both engines index exactly the same postings; tantivy
ranks by plain BM25 over one field and counts matches, without facets or snippets.

    .venv/bin/python scripts/bench-tantivy.py DIR [--rounds 5]
"""
import argparse
import json
import os
import shutil
import statistics
import tempfile
import time

import tantivy


def percentile(values, p):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, int(-(-p * len(ordered) // 1)) - 1))
    return round(ordered[index], 2)


def build(directory, documents_path):
    schema_builder = tantivy.SchemaBuilder()
    schema_builder.add_text_field("text", tokenizer_name="raw", index_option="position")
    schema_builder.add_integer_field("judgment", stored=True, fast=True)
    schema_builder.add_integer_field("year", indexed=True, fast=True)
    for name in ("type", "cause", "court", "case"):
        schema_builder.add_text_field(name, tokenizer_name="raw", index_option="basic")
    schema = schema_builder.build()
    index = tantivy.Index(schema, path=directory)
    writer = index.writer(heap_size=1_000_000_000, num_threads=os.cpu_count() or 1)
    judgments = set()
    started = time.perf_counter()
    with open(documents_path, encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            judgments.add(record["judgment"])
            tokens, position = [], -1
            for text, step in zip(record["tokens"].split(" "), record["steps"]):
                position += step
                tokens.append(tantivy.Token(text, position, 0, 0))
            document = tantivy.Document()
            document.add_pre_tokenized_text("text", tantivy.PreTokenizedString("", tokens))
            document.add_integer("judgment", record["judgment"])
            document.add_integer("year", record["year"])
            for name in ("type", "cause", "court", "case"):
                if record.get(name):
                    document.add_text(name, record[name])
            writer.add_document(document)
    writer.commit()
    writer.wait_merging_threads()
    seconds = time.perf_counter() - started
    index.reload()
    return schema, index, len(judgments), seconds


def compile_query(schema, query):
    def tokens_query(tokens):
        if len(tokens) == 1:
            return tantivy.Query.term_query(schema, "text", tokens[0])
        return tantivy.Query.phrase_query(schema, "text", tokens)

    clauses = [(tantivy.Occur.Must, tokens_query(tokens)) for tokens in query["must"]]
    clauses += [(tantivy.Occur.MustNot, tokens_query(tokens)) for tokens in query.get("mustNot", [])]
    for name, value in query.get("filters", {}).items():
        clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, name, value)))
    if len(clauses) == 1 and clauses[0][0] == tantivy.Occur.Must:
        return clauses[0][1]
    return tantivy.Query.boolean_query(clauses)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("--rounds", type=int, default=5)
    arguments = parser.parse_args()
    with open(os.path.join(arguments.directory, "queries.json"), encoding="utf-8") as file:
        queries = json.load(file)
    index_directory = tempfile.mkdtemp(prefix="tantivy-bench-")
    try:
        schema, index, judgments, seconds = build(index_directory, os.path.join(arguments.directory, "documents.jsonl"))
        size = sum(os.path.getsize(os.path.join(index_directory, name)) for name in os.listdir(index_directory))
        searcher = index.searcher()
        compiled = [(query["kind"], compile_query(schema, query)) for query in queries]
        latencies = {}
        for _ in range(arguments.rounds):
            for kind, query in compiled:
                started = time.perf_counter()
                searcher.search(query, limit=20, count=True)
                latencies.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
        everything = [value for values in latencies.values() for value in values]
        def summary(values):
            return {"p50": percentile(values, 0.5), "p95": percentile(values, 0.95), "p99": percentile(values, 0.99),
                    "max": round(max(values), 2)}
        print(json.dumps({
            "engine": f"tantivy {tantivy.__version__}", "judgments": judgments, "documents": searcher.num_docs,
            "indexSeconds": round(seconds, 1), "indexRatePerSecond": int(judgments / seconds), "indexBytes": size,
            "latencyMs": summary(everything), "latencyMsByKind": {kind: summary(values) for kind, values in latencies.items()},
            "medianMatches": statistics.median(searcher.search(query, limit=1, count=True).count for _, query in compiled),
        }, indent=2, sort_keys=True))
    finally:
        shutil.rmtree(index_directory, ignore_errors=True)


if __name__ == "__main__":
    main()
