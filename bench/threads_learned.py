"""Does a small learned model of thread membership generalise to unseen labelled sets better
than the hand-written rules? (experiment 13)

Leave-one-set-out over the untouched sets, tests/data/articles/threads_untouched*.jsonl.
Citing sentences, and the openers of citing back-references, come from the rules
(extract_citations); only the membership of each non-citing sentence after a citation is
modelled: does it join the most recent thread (that of the last citing sentence)? A logistic
regression (numpy, 33 features of the sentence, its thread's citing lines and the sequence) is
trained on the other sets with teacher forcing and decoded greedily. Variants: a the rules;
b every sentence joins the most recent thread until the next citation; z citing lines only;
c learned; d learned with the rules' decision among its features; e as d, each training set
read by the code as first run on it (blind only). "[members only]" leaves citing lines out.
Thread precision/recall is bench/thread_scores.score_article's "thread" field.

Settings: "head", the current tree (the rules were tuned on every set but the newest, so
they have seen most held-out sets); "blind", for held-out set k the code at the commit that
added set k (`git archive`), so the rules never saw it, and (a) gives each set's first-run
figures. Each code version runs this script's --dump step in a subprocess, PYTHONPATH=<tree>.

Run from the repository: python bench/threads_learned.py [--setting head|blind|both]
[--ablate]; about 15 s, a minute with --ablate (each feature group left out in turn).

Result as of set 11 (commit 0c6602a), blind, pooled over sets 8-11, thread P/R: rules
0.77/0.53, learned 0.76/0.64 (F1 0.63 -> 0.70), learned + rule 0.80/0.56 (F1 0.66); over all
sets 0.82/0.55 -> 0.78/0.67. A paired bootstrap over articles (run with the experiment, not
here), learned minus rules, sets 8-11: F1 +0.067, 95% CI [+0.018, +0.121]. On head the rules
win (0.87/0.77 against 0.80/0.79 over sets 8-11: they were tuned on those sets).
Recommendation: replace the membership decision with a small classifier trained on all sets;
keep the rules for citation detection and back-references; judge changes by leave-one-set-out
plus the next blind set, not by the sets the rules were tuned on.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "data" / "articles"
LATE = 8  # sets from 8 on, pooled apart: labelled after most of the rules were written


def set_file(k: int) -> str:
    return "threads_untouched.jsonl" if k == 1 else f"threads_untouched_{k}.jsonl"


def find_sets() -> list[int]:
    names = (p.name for p in LABELS.glob("threads_untouched_*.jsonl"))
    found = [int(m[1]) for n in names if (m := re.fullmatch(r"threads_untouched_(\d+)\.jsonl", n))]
    return ([1] if (LABELS / set_file(1)).exists() else []) + sorted(found)


@functools.cache
def ts():
    """bench/thread_scores.py, loaded by path: under --dump, `archiver` must be the tree
    PYTHONPATH names, not whichever checkout `bench` or an editable install resolves to."""
    spec = importlib.util.spec_from_file_location("thread_scores", ROOT / "bench/thread_scores.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def dump(out: Path, sets: list[int]) -> None:
    """Under the code on PYTHONPATH: claims, citing positions and the rules' thread mapping."""
    arts = []
    for k in sets:
        for label in ts()._read_labels(set_file(k)):
            lines = [claim["text"] for claim in label["claims"]]
            article = ts().read_article(label["article"], "\n".join(lines).encode())
            claims, citations = ts().extract_citations(article)
            found = ts()._threads_of(citations)
            positions = [[c.position, c.text] for c in claims]
            citing = [c.claim_position for c in citations]
            found = {str(p): v[0] for p, v in found.items()}
            arts.append(
                dict(set=k, article=label["article"], claims=positions, citing=citing, found=found)
            )
    out.write_text(json.dumps(arts), encoding="utf-8")


def adding_commit(k: int) -> str | None:
    path = f"tests/data/articles/{set_file(k)}"
    command = ["git", "log", "--diff-filter=A", "--format=%H", "--", path]
    log = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return log.stdout.split()[-1] if log.stdout.split() else None  # the oldest


def attach(arts: list[dict], gold: dict) -> list[dict]:
    """Labels by claim position, the opener named by its position (as bench does)."""
    for art in arts:
        label = gold[(art["set"], art["article"])]
        by_text = {claim["text"]: claim for claim in label["claims"]}
        claims = [SimpleNamespace(position=p, text=t) for p, t in art["claims"]]
        art["found"] = {int(p): o for p, o in art["found"].items()}
        art["labels"] = {}
        for claim in claims:
            lab = dict(by_text.get(claim.text, {}))
            if lab.get("thread") is not None:
                lab["thread"] = ts()._position_of(label, lab["thread"], claims)
            art["labels"][claim.position] = lab
        art["gold"] = {p: lab.get("thread") for p, lab in art["labels"].items()}
    return arts


def collect(settings: list[str], sets: list[int], tmp: Path) -> dict[str, list[dict]]:
    """Dumps by code version: "head" (this tree) and "v{k}" (the commit adding set k)."""
    gold = {(k, a["article"]): a for k in sets for a in ts()._read_labels(set_file(k))}
    trees = {"head": ROOT} if "head" in settings else {}
    for k in sets if "blind" in settings else []:
        commit = adding_commit(k)
        if commit is None:
            print(f"blind: set {k} skipped, no commit adds {set_file(k)}")
            continue
        trees[f"v{k}"] = tree = tmp / f"v{k}"
        tree.mkdir()
        command = ["git", "archive", commit, "archiver"]
        archive = subprocess.run(command, cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive, check=True)
        print(f"blind: set {k} first run at {commit[:10]}")
    jobs, script = {}, str(Path(__file__).resolve())
    for name, code in trees.items():
        env = {**os.environ, "PYTHONPATH": str(code)}
        command = [sys.executable, script, "--dump", str(tmp / f"{name}.json")]
        jobs[name] = subprocess.Popen(command, cwd=code, env=env)
    dumps = {}
    for name, job in jobs.items():
        if job.wait():
            print(f"{name}: the dump failed (exit {job.returncode}), left out")
            continue
        arts = json.loads((tmp / f"{name}.json").read_text(encoding="utf-8"))
        dumps[name] = attach(arts, gold)
    return dumps


# ---------------------------------------------------------------- features
PRON = set("he she they it this that these those his her their its we i you".split())
CLIP = set(
    "video clip footage post stream film recording livestream reel short tiktok upload frame "
    "frames shot camera broadcast version copy".split()
)
SPEECH_PRES = set(
    "says tells shouts asks adds yells screams sings chants explains replies laughs whispers "
    "calls cries".split()
)
SPEECH_PAST = set(
    "said told added asked explained wrote stated confirmed announced declined replied insisted "
    "denied".split()
)
IRREG_PAST = set(
    "was were had went took came saw got left began made found gave did became ran fell held "
    "kept brought sent won lost built paid".split()
)
SCENE = tuple(
    "is seen|are seen|can be seen|can be heard|is heard|are heard|appears to|appear to|"
    "in the clip|in the video|in the footage|on camera|the camera".split("|")
)
MONTHS = set(
    "january february march april may june july august september october november december "
    "jan feb sept oct nov dec".split()
)
DAYS = set("monday tuesday wednesday thursday friday saturday sunday yesterday tomorrow".split())
DAYS |= {"today", "tonight"}
FUTURE = set("will would plans planned expected scheduled next".split())
AUTH = set(
    "police spokesperson spokesman spokeswoman ministry council statement according officials "
    "authorities government company agency minister".split()
)
STOP = set(
    "the a an and or of to in on at for with by from as is was are were be been it its that this "
    "his her their he she they has have had who which after before into over about more than one "
    "two not but also can while when up out off down".split()
)
PAST_RE = re.compile(r"^[a-z]+ed$")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’\-]*")


def words(t: str) -> list[str]:
    return WORD_RE.findall(t)


def caps(t: str) -> set[str]:
    ws = [(w, w.lower()) for i, w in enumerate(words(t)) if i > 0 and w[0].isupper()]
    return {
        w.strip("'’").removesuffix("'s").removesuffix("’s").lower()
        for w, lw in ws
        if lw not in STOP and lw not in PRON
    }


def content(t: str) -> set[str]:
    return {w.lower() for w in words(t) if w.lower() not in STOP and len(w) > 3}


GROUPS = {  # for --ablate
    "rule": "rule_join rule_other rule_prev_join",
    "sequence/distance": "prev_member dist_last_cite dist_opener first_after_cite after_gap",
    "subject (pronoun/It/The clip)": "init_pron init_it_this init_the_clip clip_word scene_marker",
    "tense": "pres_s past pres_minus_past",
    "quotes/speech": "quote init_quote all_quote says said",
    "overlap with citing lines": "cap_overlap cap_new content_overlap name_from_thread",
    "date/price/future/authority": "date price_num future authority timestamp",
    "form (length/caption)": "length no_stop question",
}
GROUPS = {group: names.split() for group, names in GROUPS.items()}
FEATURES = (  # the order of the experiment's columns (the fit depends on it, if slightly)
    "rule_join rule_other rule_prev_join prev_member dist_last_cite dist_opener first_after_cite "
    "init_pron init_it_this init_the_clip clip_word scene_marker pres_s past pres_minus_past quote "
    "init_quote all_quote says said cap_overlap cap_new content_overlap name_from_thread date "
    "price_num future authority timestamp length no_stop question after_gap"
).split()


def feats(ex: dict, prev_member: int, after_gap: int) -> dict:
    text, thread_text, d_cite, d_open = ex["text"], ex["thread_text"], ex["d_cite"], ex["d_open"]
    lw = [w.lower() for w in words(text)]
    first, head, stripped = (lw[0] if lw else ""), lw[:8], text.strip()
    qs = re.findall(r"[“\"]([^”\"]+)[”\"]", text)
    plural = [w for w in head[1:] if w.endswith("s") and len(w) > 3 and w not in PRON]
    pres = sum(not w.endswith(("ss", "us", "is", "'s", "’s")) for w in plural)
    pres += sum(1 for w in head if w in ("is", "are", "shows", "appears"))
    past = sum(1 for w in head if PAST_RE.match(w) or w in IRREG_PAST or w in SPEECH_PAST)
    c_this, c_thread = caps(text), caps(thread_text)
    w_this, w_thread = content(text), content(thread_text)
    lower = text.lower()
    return dict(
        zip(GROUPS["rule"], ex["rule"], strict=True),
        prev_member=prev_member, dist_last_cite=np.log1p(d_cite), dist_opener=np.log1p(d_open),
        first_after_cite=int(d_cite == 1), after_gap=after_gap,
        init_pron=int(first in PRON), init_it_this=int(first in ("it", "this", "that")),
        init_the_clip=int(first in ("the", "a", "in", "this", "that")
                          and any(w in CLIP for w in lw[1:4])),
        clip_word=int(any(w in CLIP for w in lw)), scene_marker=int(any(m in lower for m in SCENE)),
        pres_s=min(pres, 3), past=min(past, 3), pres_minus_past=float(np.sign(pres - past)),
        quote=int(bool(qs)), init_quote=int(stripped[:1] in "“\"‘'"),
        all_quote=int(sum(len(q) for q in qs) > 0.6 * len(text)),
        says=int(any(w in SPEECH_PRES for w in lw)), said=int(any(w in SPEECH_PAST for w in lw)),
        cap_overlap=len(c_this & c_thread), cap_new=len(c_this - c_thread),
        content_overlap=len(w_this & w_thread) / (len(w_this) + 1),
        name_from_thread=int(bool(c_this & c_thread)),
        date=int(any(w in MONTHS or w in DAYS for w in lw)
                 or bool(re.search(r"\b(19|20)\d\d\b", text))),
        price_num=int(bool(re.search(r"[$£€]|\d+(\.\d+)?\s*(%|per cent|million|billion)", text))),
        future=int(any(w in FUTURE for w in lw)), authority=int(any(w in AUTH for w in lw)),
        timestamp=int(bool(re.match(r"^\s*\d{1,2}[:.]\d\d", text))),
        length=np.log1p(len(lw)), no_stop=int(stripped[-1:] not in ".!?”\"’'"),
        question=int(stripped.endswith("?")),
    )  # fmt: skip


def examples(art: dict) -> list[dict]:
    """Every non-citing sentence after the first citing one, with its candidate thread (that
    of the last citing sentence), the rules' decision and the gold label."""
    citing, found, gold, text = set(art["citing"]), art["found"], art["gold"], dict(art["claims"])
    last = prev_pos = None
    out = []
    for p, t in art["claims"]:
        if p in citing:
            last = prev_pos = p
            continue
        if last is None:
            continue
        opener = found.get(last, last)
        thread_text = " ".join(text[q] for q in citing if found.get(q, q) == opener and q <= p)
        r = found.get(p)
        rp = found.get(prev_pos) if prev_pos is not None else None
        rule = (
            int(r is not None and r == opener),
            int(r is not None and r not in (opener, p)),
            int(rp is not None and rp == opener),
        )
        y = int(gold.get(p) is not None and gold.get(last) is not None and gold[p] == gold[last])
        ex = dict(pos=p, text=t, thread_text=thread_text, rule=rule, y=y, opener=opener, last=last)
        out.append(ex | dict(rule_opener=r, prev_pos=prev_pos, d_cite=p - last, d_open=p - opener))
        prev_pos = p
    return out


def vec(ex: dict, prev_member: int, after_gap: int) -> np.ndarray:
    f = feats(ex, prev_member, after_gap)
    return np.array([f[n] for n in FEATURES], dtype=float)


def gold_prev(art: dict, ex: dict) -> tuple[int, int]:
    """Teacher forcing: was the previous sentence in the candidate thread? after_gap: did a
    sentence between the last citation and this one leave it?"""
    gold, gl, prev = art["gold"], art["gold"].get(ex["last"]), ex["prev_pos"]
    pm = int(prev == ex["last"] or (gl is not None and gold.get(prev) == gl))
    gap = int(any(gold.get(q) != gl for q, _ in art["claims"] if ex["last"] < q < ex["pos"]))
    return pm, gap


def fit(X, y, l2=1.0, iters=3000, lr=0.5):
    mu, sd = X.mean(0), X.std(0) + 1e-9
    Z = (X - mu) / sd
    w, b, n = np.zeros(Z.shape[1]), 0.0, len(y)
    for _ in range(iters):
        g = 1 / (1 + np.exp(-(Z @ w + b))) - y
        w -= lr * (Z.T @ g / n + l2 * w / n)
        b -= lr * g.mean()
    return w, b, mu, sd


def prob(model, x) -> float:
    w, b, mu, sd = model
    return 1 / (1 + np.exp(-(((x - mu) / sd) @ w + b)))


def score(arts: list[dict], mappings: list[dict], members_only: bool = False) -> np.ndarray:
    """Thread (tp, fp, fn) from bench/thread_scores.score_article, for position -> opener
    mappings: each opener stands as a citation whose members are its thread."""
    result = ts().ThreadScore()
    for art, found in zip(arts, mappings, strict=True):
        threads = defaultdict(list)
        for p, opener in found.items():
            threads[opener].append(SimpleNamespace(position=p, role="member"))
        citations = [
            SimpleNamespace(claim_position=o, members=m, platform=None, creator=None, metrics=[])
            for o, m in threads.items()
        ]
        kept = [(p, t) for p, t in art["claims"] if not (members_only and p in art["citing"])]
        claims = [SimpleNamespace(position=p, text=t) for p, t in kept]
        ts().score_article(result, art["labels"], claims, citations)
    return np.array(result.counts["thread"])


def pr(c) -> tuple[float, float]:
    tp, fp, fn = c
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def predict_map(art: dict, decide, which: str = "recent") -> dict[int, int]:
    """The rules' mapping of citing sentences, and decide(ex, prev_member, after_gap) for the
    rest, decoded greedily in order."""
    m = {p: art["found"].get(p, p) for p in art["citing"]}
    member, left = {}, {}
    for ex in examples(art):
        pm = int(ex["prev_pos"] == ex["last"] or member.get(ex["prev_pos"], False))
        member[ex["pos"]] = joins = decide(ex, pm, int(left.get(ex["last"], False)))
        if not joins:
            left[ex["last"]] = True
            continue
        r = ex["rule_opener"]
        rule_names_one = which == "rule_if_any" and r is not None and r != ex["pos"]
        m[ex["pos"]] = r if rule_names_one else ex["opener"]
    return m


def run(setting: str, dumps: dict, sets: list[int], out: dict, coefs: dict, drop=()) -> None:
    def version(k: int) -> str:
        return "head" if setting == "head" else f"v{k}"

    keep = [i for i, n in enumerate(FEATURES) if n not in drop]
    for held in [k for k in sets if version(k) in dumps]:
        arts = dumps[version(held)]
        first_run = {j: dumps.get(version(min(j, held)), arts) for j in sets}
        train = [a for a in arts if a["set"] != held]
        test = [a for a in arts if a["set"] == held]
        recent = [predict_map(a, lambda ex, pm, g: True) for a in test]
        res = {
            "a rules": score(test, [a["found"] for a in test]),
            "a rules [members only]": score(test, [a["found"] for a in test], True),
            "b recent-until-next-cite": score(test, recent),
            "b recent [members only]": score(test, recent, True),
            "z citing lines only": score(test, [predict_map(a, lambda *_: False) for a in test]),
        }
        for tag in ("c learned", "d learned+rule", "e learned+rule, rule blind in training"):
            if tag[0] == "e" and setting != "blind":
                continue
            idx = [i for i in keep if tag[0] != "c" or not FEATURES[i].startswith("rule_")]
            tr = train
            if tag[0] == "e":  # each training set j as the code first run on it read it
                tr = [a for j in sets if j != held for a in first_run[j] if a["set"] == j]
            X, y = [], []
            for a in tr:
                for ex in examples(a):
                    X.append(vec(ex, *gold_prev(a, ex))[idx])
                    y.append(ex["y"])
            model = fit(np.array(X), np.array(y, dtype=float))
            named = dict(zip([FEATURES[i] for i in idx], model[0], strict=True))
            coefs.setdefault((setting, tag), []).append(named)

            def decide(ex, pm, g, model=model, idx=idx):
                return prob(model, vec(ex, pm, g)[idx]) >= 0.5

            learned = [predict_map(a, decide) for a in test]
            res[tag] = score(test, learned)
            res[tag + " [members only]"] = score(test, learned, True)
            if tag[0] == "d":
                maps = [predict_map(a, decide, "rule_if_any") for a in test]
                res[tag + " (rule's thread if it names one)"] = score(test, maps)
        out[(setting, held)] = res


def ceiling(arts: list[dict]) -> tuple[int, int, int]:
    """Gold non-citing members; of them in a thread other than the most recent one; before
    any detected citation."""
    n = other = before = 0
    for a in arts:
        last = None
        for p, _ in a["claims"]:
            if p in a["citing"]:
                last = p
                continue
            g = a["gold"].get(p)
            if g is None or g == p:
                continue
            n += 1
            before += last is None
            other += last is not None and a["gold"].get(last) != g
    return n, other, before


def table(setting: str, out: dict) -> None:
    held = [k for (s, k) in out if s == setting]
    late = [k for k in held if k >= LATE]
    pools = {"all": held, f"{LATE}-{max(held)}": late}
    print(f"\n=== setting: {setting}  (thread precision/recall, n = labelled memberships)")
    header = f"{'variant':46s}" + "".join(f"{'set ' + str(k):>10s}" for k in held)
    print(header + "".join(f"{'pool ' + name:>17s}" for name in pools))
    for v in out[(setting, held[0])]:
        cells = ["{:.2f}/{:.2f}".format(*pr(out[(setting, k)][v])) for k in held]
        line = f"{v[:46]:46s}" + "".join(f"{c:>10s}" for c in cells)
        for ks in pools.values():
            p, r = pr(sum((out[(setting, k)][v] for k in ks), np.zeros(3, int)))
            line += f"{p:.2f}/{r:.2f} F{2 * p * r / (p + r) if p + r else 0:.2f}".rjust(17)
        print(line)
    n = [int(out[(setting, k)]["a rules"][[0, 2]].sum()) for k in held]
    members = [int(out[(setting, k)]["a rules [members only]"][[0, 2]].sum()) for k in held]
    print("n per set:", n, "members only:", members)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--setting", choices=("head", "blind", "both"), default="both")
    parser.add_argument("--ablate", action="store_true", help="drop each feature group in turn")
    parser.add_argument("--dump", type=Path, metavar="OUT", help="the step run under each version")
    args = parser.parse_args()
    sets = find_sets()
    if args.dump:
        dump(args.dump, sets)
        return
    sys.path.insert(0, str(ROOT))  # this tree's archiver, for bench/thread_scores' imports
    settings = ["blind", "head"] if args.setting == "both" else [args.setting]
    with tempfile.TemporaryDirectory() as tmp:
        dumps = collect(settings, sets, Path(tmp))
    out, coefs = {}, {}
    for setting in settings:
        run(setting, dumps, sets, out, coefs)
    for setting in settings:
        if any(s == setting for s, _ in out):
            table(setting, out)
    for key, cs in coefs.items():
        mean = {n: np.mean([c[n] for c in cs]) for n in cs[0]}
        top = sorted(mean.items(), key=lambda kv: -abs(kv[1]))[:14]
        print(f"\ncoefficients (standardised, mean over folds) {key}:")
        print("  " + ", ".join(f"{n} {v:+.2f}" for n, v in top))
    if "head" in dumps:
        what = "gold non-citing members, in a non-recent thread, before any detected citation"
        print(f"\nceiling: {what}:", ceiling(dumps["head"]))
    if args.ablate:
        setting = settings[0]
        late = f"{LATE}-{max(sets)}"
        print(f"\n=== ablation ({setting} setting, learned variants; pooled all and {late})")
        for group, names in GROUPS.items():
            o2: dict = {}
            run(setting, dumps, sets, o2, {}, drop=tuple(names))
            for v in ("c learned", "d learned+rule", "e learned+rule, rule blind in training"):
                ks = [k for s, k in o2 if v in o2[(s, k)]]
                if not ks:
                    continue
                pa, ra = pr(sum(o2[(setting, k)][v] for k in ks))
                pb, rb = pr(sum(o2[(setting, k)][v] for k in ks if k >= LATE))
                print(f"  drop {group:32s} {v:16s} all {pa:.2f}/{ra:.2f}  {late} {pb:.2f}/{rb:.2f}")


if __name__ == "__main__":
    main()
