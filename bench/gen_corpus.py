#!/usr/bin/env python3
"""Writes N realistic news articles (YAML front matter + CommonMark) as a sitegen site, for benchmarks.

usage: gen_corpus.py N OUTDIR [--seed S]

OUTDIR gets sitegen.yml and content/<section>/<slug>.md. Deterministic for a given N and seed.
Articles are 500-1,500 words with datelines, attributed quotes, people, organizations, places,
figures, H2/H3 headings, lists, links to other articles (.md links that sitegen rewrites), a
CSV table in some and a chart block in some.
"""
import argparse
import os
import random

SECTIONS = ["business", "technology", "politics", "science", "health", "culture", "sport", "world"]
GIVEN = ["Amara", "Lena", "Tomás", "Priya", "Sam", "Claire", "Javier", "Nadia", "Erik", "Yuki", "Omar", "Ines",
         "Grace", "Mateo", "Chloé", "Ravi", "Hannah", "Kwame", "Sofia", "Daniel", "Zainab", "Felix", "Marta", "Chen"]
FAMILY = ["Okafor", "Hartmann", "Ferreira", "Raman", "Dubois", "Ortega", "Haddad", "Lindqvist", "Tanaka", "Farouk",
          "Moreau", "Nakamura", "van der Berg", "de Souza", "Kowalski", "Adeyemi", "O'Brien", "Rossi", "Schmidt", "Novak"]
ORG_STEMS = ["Harbour", "Northwind", "Crescent", "Altura", "Bluestone", "Meridian", "Kestrel", "Solano", "Ironbridge", "Vantage"]
ORG_KINDS = ["Analytics plc", "Bank", "Energy AG", "Telecom SA", "Motors Inc", "Capital Group", "University", "Holdings Ltd"]
PLACES = ["London", "Paris", "Berlin", "Madrid", "Lisbon", "Nairobi", "Lagos", "Tokyo", "Seoul", "São Paulo",
          "Toronto", "Mumbai", "Jakarta", "Cairo", "Warsaw", "Stockholm", "Dublin", "Mexico City", "Sydney", "Istanbul"]
TOPICS = ["the merger", "the rate decision", "the spending review", "the strike", "the election", "the recall",
          "the drought", "the trade talks", "the takeover bid", "the housing plan", "the vaccine rollout", "the data breach"]
TAGS = ["economy", "inflation", "jobs", "AI", "energy", "climate", "elections", "housing", "trade", "health policy",
        "banking", "start-ups", "transport", "education", "courts", "football", "film", "space", "cybersecurity", "retail"]
QUOTES = ["We are seeing customers trade down across almost every category.",
          "Nobody expected the numbers to move this quickly.",
          "This is a turning point, and we intend to make the most of it.",
          "The data simply does not support that conclusion.",
          "Demand has held up better than we feared.",
          "The people who will pay the price are the ones with the least."]


def person(r):
    return f"{r.choice(GIVEN)} {r.choice(FAMILY)}"


def org(r):
    return f"{r.choice(ORG_STEMS)} {r.choice(ORG_KINDS)}"


def sentence(r):
    kind = r.randrange(6)
    if kind == 0:
        return f"\"{r.choice(QUOTES)[:-1]},\" said {person(r)}, chief executive of {org(r)}."
    if kind == 1:
        return f"{person(r)} told reporters in {r.choice(PLACES)}: \"{r.choice(QUOTES)}\""
    if kind == 2:
        return f"Shares in {org(r)} rose {r.randint(1, 40)}.{r.randint(0, 9)}% after {r.choice(TOPICS)} was announced."
    if kind == 3:
        return f"Officials in {r.choice(PLACES)} said {r.randint(2, 900):,},000 people were affected by {r.choice(TOPICS)}."
    if kind == 4:
        return f"The deal values {org(r)} at about ${r.randint(2, 90)}.{r.randint(0, 9)} billion, including debt."
    return f"Analysts at {org(r)} expect {r.choice(TOPICS)} to cost €{r.randint(10, 999)} million by {r.randint(2025, 2030)}."


def paragraph(r):
    return " ".join(sentence(r) for _ in range(r.randint(3, 6)))


def article(r, i, slugs, section):
    title = f"{org(r).split()[0]} {r.choice(['faces', 'wins', 'delays', 'backs', 'rejects'])} {r.choice(TOPICS).replace('the ', '')} in {r.choice(PLACES)}"
    tags = r.sample(TAGS, r.randint(1, 4))
    day = r.randint(0, 3 * 365)
    year, doy = 2022 + day // 365, day % 365
    month, dom = 1 + doy // 31 % 12, 1 + doy % 28
    lines = ["---", f"title: \"{title}\"", f"date: {year}-{month:02d}-{dom:02d}T{r.randint(6, 20):02d}:{r.randint(0, 59):02d}:00Z",
             f"authors: [\"{person(r)}\"]", f"tags: [{', '.join(repr(t).replace(chr(39), chr(34)) for t in tags)}]",
             f"category: \"{section.title()}\"", f"summary: \"{sentence(r).replace(chr(34), '')}\"", "---", ""]
    body = [f"**{r.choice(PLACES).upper()}** — {paragraph(r)}"]
    words = 0
    target = r.randint(500, 1500)
    while words < target:
        choice = r.randrange(10)
        if choice == 0:
            body.append(f"## {r.choice(['Why it matters', 'What comes next', 'The numbers', 'The view from ' + r.choice(PLACES)])}")
        elif choice == 1:
            body.append("### The fine print")
        elif choice == 2:
            body.append("\n".join(f"- {sentence(r)}" for _ in range(r.randint(2, 4))))
        elif choice == 3 and slugs:
            other_section, other = r.choice(slugs)
            link = f"{other}.md" if other_section == section else f"../{other_section}/{other}.md"
            body.append(f"Read more in [our earlier report]({link}). {paragraph(r)}")
        elif choice == 4:
            body.append(f"> \"{r.choice(QUOTES)}\"\n>\n> — {person(r)}, {org(r)}")
        elif choice == 5 and r.random() < 0.3:
            body.append(f"```table\ntitle: Revenue by year\nYear,Revenue ($m)\n" + "\n".join(f"{y},{r.randint(100, 9999)}" for y in range(2019, 2025)) + "\n```")
        elif choice == 6 and r.random() < 0.2:
            body.append("```chart\ntype: bar\ntitle: \"Annual revenue, in millions\"\ndata:\n" +
                        "".join(f"  - label: \"{y}\"\n    value: {r.randint(10, 90)}.{r.randint(0, 9)}\n" for y in range(2019, 2025)) + "```")
        else:
            body.append(paragraph(r))
        words += len(body[-1].split())
    return "\n".join(lines) + "\n\n".join(body) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    r = random.Random(args.seed)
    os.makedirs(os.path.join(args.outdir, "content"), exist_ok=True)
    with open(os.path.join(args.outdir, "sitegen.yml"), "w") as f:
        f.write("title: \"Benchmark Times\"\nbase_url: \"https://bench.example.com/\"\npaginate: 20\n")
    written = []
    for i in range(args.n):
        section = SECTIONS[i % len(SECTIONS)]
        slug = f"story-{i:06d}"
        folder = os.path.join(args.outdir, "content", section)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, slug + ".md"), "w") as f:
            f.write(article(r, i, written[-200:], section))
        written.append((section, slug))
    print(f"wrote {args.n} articles to {args.outdir}")


if __name__ == "__main__":
    main()
