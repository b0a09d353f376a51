#!/usr/bin/env python3
"""Calibration table and error kinds of WhoSaid's output against PolNeAR (or any gold score.py reads).

usage: python3 scripts/dev_report.py --gold ../shared/data/attribution/polnear/dev --system dev.jsonl

Reuses ../shared/eval/score.py (its readers, tokens and quote matching), so "right" means what the quote F1 counts:
a one-to-one match whose content overlaps a gold content with Jaccard >= 0.5."""
import argparse, collections, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score as S  # noqa: E402

LEXICON = os.path.join(HERE, "..", "src", "WhoSaid.Models", "Lexicons", "reporting_verbs.txt")


def cue_forms():
    forms = set()
    for line in open(LEXICON, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        lemma, _, inflected = line.rstrip("\n").split("\t")
        forms.update([lemma] + inflected.split("|"))
    return forms


def text_of(text, value):
    return " ".join(text[s:e] for s, e in S.spans_of(value))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--system", required=True)
    a = ap.parse_args()
    gold = S.read_brat(a.gold) if os.path.isdir(a.gold) else S.read_jsonl(a.gold)
    system = S.read_jsonl(a.system)
    forms = cue_forms()
    bins = collections.defaultdict(lambda: [0, 0])
    kinds = collections.Counter()
    for doc_id, (text, gquotes) in sorted(gold.items()):
        doc = S.Doc(text)
        g = [S.Quote(doc, q) for q in gquotes]
        p = [q for q in (S.Quote(doc, q) for q in system.get(doc_id, (None, []))[1]) if q.content]
        pairs = S.match(p, g)
        matched_p = {id(x) for x, _ in pairs}
        matched_g = {id(y) for _, y in pairs}
        for q in p:
            k = min(9, int(float(q.raw.get("confidence", 0)) * 10))
            bins[k][0] += 1
            bins[k][1] += id(q) in matched_p
        for q in g:
            if id(q) in matched_g:
                continue
            cue = text_of(text, q.raw.get("cue"))
            if any(q.content & x.content for x in p):
                kinds["missed: found, but content boundaries too far off (Jaccard < 0.5)"] += 1
            elif not any(ch.isalpha() for ch in cue):
                kinds["missed: punctuation cue (colon, dash)"] += 1
            elif not any(w.lower().strip(":,") in forms for w in cue.replace("\u2019", "'").split()):
                kinds["missed: cue outside the reporting-verb lexicon (" + ("phrase" if " " in cue else "one word") + ")"] += 1
            elif text_of(text, q.raw.get("content")).lstrip()[:1] in "\"\u201c\u2018'":
                kinds["missed: quoted content with a lexicon cue"] += 1
            else:
                kinds["missed: unquoted content with a lexicon cue"] += 1
        for q in p:
            if id(q) in matched_p:
                continue
            if any(q.content & y.content for y in g):
                continue  # the same error as the partial overlap above
            kinds[f"spurious: '{q.raw.get('pattern', '?')}' quote with no gold attribution there"] += 1
        for x, y in pairs:
            if y.source and x.source and len(x.source & y.source) / max(len(x.source), len(y.source)) < 0.5:
                kinds["found: wrong speaker mention"] += 1
            elif y.source and not x.source:
                kinds["found: no speaker mention"] += 1
            if y.cue and x.cue != y.cue:
                kinds["found: cue span differs"] += 1
            if x.content != y.content:
                kinds["found: content boundaries differ (Jaccard >= 0.5)"] += 1

    print("| Confidence | Quotes | Right |")
    print("|---|---:|---:|")
    for k in sorted(bins):
        n, ok = bins[k]
        print(f"| {k / 10:.1f}-{(k + 1) / 10:.1f} | {n} | {100 * ok / n:.1f} % |")
    above = [bins[k] for k in bins if k >= 9]
    n, ok = sum(b[0] for b in above), sum(b[1] for b in above)
    if n:
        print(f"\nabove 0.9: {n} quotes, {100 * ok / n:.1f} % right\n")
    print("| Error kind | Count |")
    print("|---|---:|")
    for kind, count in kinds.most_common(10):
        print(f"| {kind} | {count} |")


if __name__ == "__main__":
    main()
