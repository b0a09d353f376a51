#!/usr/bin/env python3
"""How far PolNeAR's own annotators agree, scored with ../shared/eval/score.py exactly as WhoSaid is scored.

PolNeAR has 18 articles (16 in train, 2 in dev) that five or six annotators annotated independently. For every
ordered pair of annotators (A, B) this scores B's attributions against A's as if B were a system, summing the counts
over pairs and articles; then it scores WhoSaid's output (JSONL) against each annotator the same way. The first
number is the ceiling a system can expect on a corpus annotated by one annotator per article.

Usage:
  python3 scripts/polnear_agreement.py --shared ../shared --system train.jsonl dev.jsonl
"""
import argparse, collections, glob, itertools, json, os, subprocess, sys, tempfile

METRICS = ["quote", "quote_exact", "speaker_mention", "cue_exact"]
OVERLAP = ["content_overlap", "source_overlap"]


def annotations(shared):
    """{(split, stem): {annotator: path}} for the articles annotated by two or more annotators."""
    out = {}
    for split in ("train", "dev"):
        folder = os.path.join(shared, "data", "attribution", "polnear", split)
        by = collections.defaultdict(dict)
        for ann in glob.glob(os.path.join(folder, "attributions", "*.ann")):
            stem, _, who = os.path.basename(ann)[:-4].rpartition("_")
            by[stem][who] = ann
        for stem, anns in by.items():
            if len(anns) > 1:
                out[(split, stem)] = anns
    return out


def scorer(shared):
    """../shared/eval/score.py as a module, for its readers and its quote match."""
    path = os.path.join(shared, "eval")
    if path not in sys.path:
        sys.path.insert(0, path)
    import score as S
    return S


def brat_to_jsonl(shared, split, stem, ann):
    """One JSONL line in the FORMAT.md contract from a brat file (content, cue, speaker mention spans)."""
    with tempfile.TemporaryDirectory() as tmp:
        link(shared, split, stem, ann, tmp)
        text, quotes = scorer(shared).read_brat(tmp)[stem]
    return {"id": stem, "quotes": quotes}


def link(shared, split, stem, ann, folder):
    os.makedirs(os.path.join(folder, "text"), exist_ok=True)
    os.makedirs(os.path.join(folder, "attributions"), exist_ok=True)
    text = os.path.join(shared, "data", "attribution", "polnear", split, "text", stem + ".txt")
    os.symlink(os.path.abspath(text), os.path.join(folder, "text", stem + ".txt"))
    os.symlink(os.path.abspath(ann), os.path.join(folder, "attributions", os.path.basename(ann)))


def score(shared, gold_items, system_lines):
    """score.py --json on gold = [(split, stem, ann)] and system = JSONL lines."""
    with tempfile.TemporaryDirectory() as tmp:
        gold = os.path.join(tmp, "gold")
        for split, stem, ann in gold_items:
            link(shared, split, stem, ann, gold)
        system = os.path.join(tmp, "system.jsonl")
        with open(system, "w", encoding="utf-8") as f:
            for line in system_lines:
                f.write(json.dumps(line) + "\n")
        out = subprocess.run([sys.executable, os.path.join(shared, "eval", "score.py"), "--gold", gold, "--system", system, "--json"],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def add(total, res):
    for k in METRICS:
        for c in ("tp", "fp", "fn"):
            total[k][c] += res[k][c]
    for k in OVERLAP:
        total[k]["n"] += 1
        total[k]["p"] += res[k]["p"]
        total[k]["r"] += res[k]["r"]


def report(name, total):
    cells = []
    for k in METRICS:
        tp, fp, fn = (total[k][c] for c in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0
        r = tp / (tp + fn) if tp + fn else 0
        cells.append(f"{200 * p * r / (p + r) if p + r else 0:.1f}")
    for k in OVERLAP:
        n = total[k]["n"] or 1
        p, r = total[k]["p"] / n, total[k]["r"] / n
        cells.append(f"{2 * p * r / (p + r) if p + r else 0:.1f}")
    print(f"| {name} | " + " | ".join(cells) + " |")


def main():
    a = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("--shared", default="../shared")
    a.add_argument("--system", nargs="*", default=[], help="WhoSaid JSONL output covering the articles (train and dev)")
    args = a.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "data", "attribution", "polnear")):
        sys.exit(f"no PolNeAR under {args.shared}/data/attribution/polnear")
    articles = annotations(args.shared)
    annotators = sorted({w for anns in articles.values() for w in anns})
    print(f"{len(articles)} articles with several annotators ({sum(1 for s, _ in articles if s == 'dev')} in dev); annotators {', '.join(annotators)}")
    print()
    print("| who, scored against an annotator | " + " | ".join(METRICS + OVERLAP) + " |")
    print("|---|" + "---:|" * (len(METRICS) + len(OVERLAP)))

    new = lambda: collections.defaultdict(lambda: collections.Counter())
    humans = new()
    each = collections.defaultdict(new)
    for gold_who, sys_who in itertools.permutations(annotators, 2):
        both = [(s, stem, anns) for (s, stem), anns in sorted(articles.items()) if gold_who in anns and sys_who in anns]
        if not both:
            continue
        res = score(args.shared, [(s, stem, anns[gold_who]) for s, stem, anns in both],
                    [brat_to_jsonl(args.shared, s, stem, anns[sys_who]) for s, stem, anns in both])
        add(humans, res)
        add(each[sys_who], res)
    report("another annotator (all ordered pairs)", humans)
    for who in annotators:
        report(f"annotator {who} (against each other annotator)", each[who])

    if args.system:
        lines = {}
        for path in args.system:
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    rec = json.loads(line)
                    lines[str(rec["id"])] = {"id": rec["id"], "quotes": rec.get("quotes") or []}
        machine = new()
        for who in annotators:
            mine = [(s, stem, anns[who]) for (s, stem), anns in sorted(articles.items()) if who in anns]
            if all(stem in lines for _, stem, _ in mine):
                add(machine, score(args.shared, mine, [lines[stem] for _, stem, _ in mine]))
            else:
                sys.exit("the system output lacks some of the articles: give it train and dev")
        report("WhoSaid (each annotator)", machine)
        consensus(args.shared, articles, lines)


def consensus(shared, articles, lines):
    """How many of the attributions that k of the annotators agree on WhoSaid finds, and how many of WhoSaid's
    attributions k annotators have, with score.py's quote match (contents overlapping with Jaccard >= 0.5)."""
    S = scorer(shared)
    found = collections.Counter()
    agreed = collections.Counter()
    backed = collections.Counter()
    for (split, stem), anns in sorted(articles.items()):
        text = open(os.path.join(shared, "data", "attribution", "polnear", split, "text", stem + ".txt"), encoding="utf-8").read()
        doc = S.Doc(text)
        per = {w: [q for q in (S.Quote(doc, q) for q in brat_to_jsonl(shared, split, stem, a)["quotes"]) if q.content] for w, a in anns.items()}
        mine = [q for q in (S.Quote(doc, q) for q in lines[stem]["quotes"]) if q.content]
        share = lambda q: sum(1 for w in anns if any(S.jaccard(q.content, y.content) >= 0.5 for y in per[w])) / len(anns)
        seen = []
        for w in sorted(anns):
            for q in per[w]:
                if any(S.jaccard(q.content, s.content) >= 0.5 for s in seen):
                    continue  # one attribution, whichever annotator wrote it first
                seen.append(q)
                k = bucket(share(q))
                agreed[k] += 1
                found[k] += any(S.jaccard(q.content, m.content) >= 0.5 for m in mine)
        for m in mine:
            backed[bucket(share(m))] += 1
    print()
    print("| annotators who marked the attribution | attributions | WhoSaid finds | WhoSaid's attributions |")
    print("|---|---:|---:|---:|")
    for k in [b for b in BUCKETS if b in agreed]:
        print(f"| {k} | {agreed[k]} | {100 * found[k] / agreed[k]:.1f} % | {backed[k]} |")
    print(f"| none | | | {backed['none']} |")


BUCKETS = ["all", "at least two thirds", "at least half", "fewer than half"]


def bucket(share):
    if share == 0:
        return "none"
    return "all" if share == 1 else "at least two thirds" if share >= 2 / 3 else "at least half" if share >= 0.5 else "fewer than half"


if __name__ == "__main__":
    main()
