"""Brand hijacking: lookalike accounts and domains, offers, impersonation cases, takedowns.

::

    skeleton.py      Unicode TR39 confusable skeletons (table shipped in data/confusables.tsv)
    keys.py          folding a handle, name or domain label to comparable keys (skeleton,
                     case, accents, leetspeak, separators) and stripping affixes
    edits.py         one-edit neighbours (SymSpell deletions) and the typo family of an edit
    targets.py       what may be imitated: brands, official handles and domains, executives
    accounts.py      is this author (handle, display name) a lookalike? score and reasons
    links.py         hosts in a post; is this domain a typosquat or homograph? score and reasons
    permutations.py  every typosquat of an official domain, by fuzzer family (domain watch)
    watch.py         `tocsin brand watch-domains`: permutations as CSV/JSON, optional resolution
    cases.py         impersonation cases (one per account or domain) and their evidence
    takedown.py      takedown request drafts per platform, in French or English

The detectors of the family live in ``tocsin.screening.detectors.brand``.
"""
