"""Copyright and trademark red flags: media taken from the internet, other brands' logos.

Rules in ``lexicons/compliance.toml``:

- ``compliance.copyright``: media "found on Google", "piquée sur Insta", Pinterest as a credit,
  "no copyright intended", music "sans licence", someone else's characters;
- ``compliance.trademark``: another brand's logo or emblem on the organisation's ads, posters or
  merchandise ("on a mis le swoosh Nike sur notre affiche", "used the Apple logo in our ad").

Two rules need a check a phrase list cannot express, done here:

- ``taken_from_web``: an acquisition verb ("found", "piquée", "chopé", "grabbed") counts only with a
  web source right after it ("online", "sur Insta", "off Pinterest", "from a website") and a media
  word between them or just before ("photo piquée sur Insta", "found this gorgeous photo online");
- ``trademark_brand_logo``: "logo" counts only next to a capitalised brand ("le logo Nike", "the
  Apple logo", "McDonald's logo") that is none of the profile's brands and no social network,
  payment scheme or certification label ("tap the Instagram logo", "look for the FSC logo").

Round 11: the source may be someone else's account ("grabbed this shot from a photographer's
Insta"), and "pulled" or "copied" are verbs of taking too.

Round 13: the source may be someone else's published work, from a closed list ("lifted the
soundtrack from a blockbuster", "piquée d'une série Netflix"), and a soundtrack, a jingle or a
riff are media.

Round 10, second pass: ``reported_infringement`` (inbound only) is a reply saying a song, an
image or a logo was used "sans payer les droits" or "no one asked permission".

The organisation's own notice ("copyright © 2026 Lumio", "reproduction interdite sans
autorisation"), its own logo, licensed or partner logos, and invitations to follow an account
("suivez-nous sur Pinterest") are left alone.

Round 14: a credit offered instead of a licence or an author not known ("we'll pop a credit in
the comments", "je connais pas son nom", rule ``credit_as_licence``) counts with a media word
within ``MEDIA_REACH``; the media may be said by a pronoun right before or after the verb of
taking ("on l'a chopée sur TikTok", "grabbed it off Spotify") when a media word is in the post.

Round 15: someone else's media used with the permission admitted not asked or deferred ("on n'a
pas demandé l'autorisation", "credits TBD, we'll figure it out if anyone asks", "hope the artist
doesn't mind", rule ``permission_not_asked``) counts with a media word and someone else's or a
web source in the post (not "our Insta"); the organisation's own notice and a rule reminded are
left alone.

Round 19: a well-known work put in the organisation's own production with impunity claimed
(rule ``impunity_claimed``: "on a mis le dernier son de Daft Punk sur la vidéo de lancement,
personne ne va vérifier", "soundtrack for the launch video: a certain Swedish pop anthem, we'll
sort out the permission later") counts only with a third-party work in the post (a hit, an
album, a film theme, famous characters, or a media word followed by a named artist: "morceau de
Stromae") and an own production (an ad, a teaser, a launch or brand video).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ....models import Category, Finding
from ....profile import Profile
from ...lexicon import LexiconDetector
from ..base import Context


class CopyrightFlags(LexiconDetector):
    name = "copyright_flags"
    version = "1.1"
    categories = (Category.COMPLIANCE,)
    #: every rule is outbound but ``reported_infringement`` (round 10, second pass: a reply
    #: reporting a song, image or logo used without the rights)
    directions = ("outbound", "inbound")
    description = (
        "Media taken from the internet without a licence, copyright disclaimers, and other "
        "brands' logos used without permission."
    )
    LEXICON = "compliance"
    PHRASES_REQUIRED = True  # nothing without a phrase of the lexicon
    KINDS = ("compliance.copyright", "compliance.trademark")

    #: rules whose verb needs a web source after it and a media word near
    SOURCE_RULES = frozenset({"taken_from_web"})
    #: the web source right after the verb, no "by"/"par"/"at" in between (a photo taken *by*
    #: the team and shared *on* Instagram is not taken from Instagram)
    SOURCE_AFTER = re.compile(
        # round 13: "for our teaser" (a purpose) may stand between the media and the source
        r"(?:(?!\b(?:by|par|at|à|au|dans|in|chez|with|avec|and|et|then|puis|to)\b"
        r"|\b(?:pour|for)\b(?![ \t](?:our|notre|nos|the|le|la|un|une|a)[ \t]))"
        r"[^.!?\n]){0,48}?"
        r"(?<!\w)(?:online|en ligne|"
        r"(?:sur|on|from|off|de|d['’]|du|depuis|via)[ \t]{0,2}"
        r"(?:(?:le|la|the|un|une|a|an|some|random|someone['’]s)[ \t]{1,2})?"
        # round 11: someone else's account ("from a photographer's Insta")
        r"(?:\w{2,20}['’]s[ \t]{1,2})?"
        r"(?:net|web|internet|google|insta|instagram|pinterest|facebook|fb|tiktok|twitter|"
        r"youtube|reddit|behance|dribbble|spotify|deezer|soundcloud|site|website|blog|compte|"
        r"account|page|réseaux|socials?|"
        # round 13: someone else's published work (closed vocabulary: "from a blockbuster I
        # watched last night", "piquée d'une série Netflix")
        r"blockbusters?|films?|movies?|s[ée]ries?|albums?|trailers?|bandes?-annonces?|"
        r"documentar(?:y|ies)|documentaires?|netflix|disney\+?|video ?games?|jeux? vid[ée]o))"
        r"(?!\w)",
        re.IGNORECASE,
    )
    MEDIA = re.compile(
        r"(?<!\w)(?:photos?|images?|illustrations?|visuels?|pics?|pictures?|shots?|vid[ée]os?|"
        r"musiques?|music|songs?|chansons?|gifs?|memes?|dessins?|drawings?|artworks?|clips?|"
        r"extraits?|footage|tracks?|morceaux?|morceau|clich[ée]s?|photographies?|infographies?|"
        r"infographics?|wallpapers?|fonds? d['’][ée]cran|captures?|screenshots?|templates?|"
        r"fonts?|typos?|sons?|soundtracks?|bandes?[- ]sons?|bandes? originales?|jingles?|"
        r"riffs?)(?!\w)",
        re.IGNORECASE,
    )
    #: how far before the verb a media word may stand ("photo piquée sur Insta")
    MEDIA_BEFORE = 30

    #: round 14: rules that need a media word within ``MEDIA_REACH`` characters (a credit
    #: offered instead of a licence, an author not known)
    MEDIA_RULES = frozenset({"credit_as_licence"})
    MEDIA_REACH = 90
    #: round 14: the media said by a pronoun right before the verb ("on l'a chopée sur TikTok",
    #: "we grabbed it off YouTube"): a media word anywhere in the post is enough
    PRONOUN_BEFORE = re.compile(r"(?:\b(?:l['’]|la |le |les )(?:a |ai |avons |ont |as )?|"
                                r"\b(?:them|it) )\Z", re.IGNORECASE)
    PRONOUN_AFTER = re.compile(r"[ \t]{1,2}(?:it|them|this one|that one)\b", re.IGNORECASE)

    #: round 15: rules that need a media word and someone else's or a web source anywhere in
    #: the post (the permission admitted not asked: "trouvée sur Insta, on n'a pas demandé
    #: l'autorisation", "that viral video from Reddit… credits TBD")
    PERMISSION_RULES = frozenset({"permission_not_asked"})
    ELSEWHERE = re.compile(
        r"(?<!\bour )(?<!\bnotre )(?<!\bnos )(?<!\bmy )(?<!\bmon )(?<!\bma )"
        r"(?<![\w'’])(?:insta|instagram|pinterest|reddit|google(?: images)?|tiktok|youtube|"
        r"twitter|facebook|behance|dribbble|spotify|soundcloud|deezer|getty|the (?:net|web|"
        r"internet)|le (?:net|web)|internet|online|en ligne|viral(?:e|es|s)?|someone['’]s|"
        r"quelqu['’]un|a random|un random|an artist['’]s|d['’]un(?:e)? (?:artiste|photographe|"
        r"illustrat\w+|inconnu\w*|autre marque|autre compte)|a photographer|un photographe|"
        r"trouv[ée]e?s? sur|found (?:it |this |that )?on)(?![\w'’])",
        re.IGNORECASE,
    )

    #: round 19: rules that need a third-party work and an own production in the post (impunity
    #: claimed: "personne ne va vérifier", "we'll sort out the permission later")
    IMPUNITY_RULES = frozenset({"impunity_claimed"})
    THIRD_PARTY_WORK = re.compile(
        r"(?<!\w)(?:tubes?|hits?|singles?|albums?|refrains?|anthems?|hymnes?|blockbusters?|"
        r"chart[- ]topping|top 50|the charts|(?:famous|iconic|célèbres?|cultes?|cartoon) "
        r"(?:\w+ ){0,2}(?:characters?|family|famille|personnages?|songs?|tunes?)|"
        r"personnages? (?:célèbres?|de (?:dessin animé|disney|pixar))|"
        r"(?:thème|theme|musique|bande originale|soundtrack) (?:du|de|of|from) (?:the |la |le )?"
        r"(?:dernier |last |latest |new )?(?:blockbuster|film|movie|série|series)|"
        r"dessins? animés?)(?!\w)",
        re.IGNORECASE,
    )
    #: a media word followed by a named artist ("morceau de Daft Punk", "a track by Stromae")
    NAMED_ARTIST = re.compile(
        r"(?<!\w)(?i:sons?|morceaux?|musiques?|chansons?|songs?|tracks?|music|albums?|tubes?|"
        r"hits?|titres?|refrains?)[ \t]{1,2}(?i:de|by|from|of|d['’])[ \t]?"
        r"(?:(?i:the|les)[ \t])?[A-ZÀ-ÖØ-Þ][\w’'-]{1,24}"
    )
    OWN_PRODUCTION = re.compile(
        r"(?<!\w)(?:pub|pubs|publicités?|teasers?|spots?|ads?|adverts?|advertising|commercials?|"
        r"campagnes?|campaigns?|vid[ée]os?|clips?|reels?|trailers?|lancement|launch|"
        r"(?:notre|nos|our|la|le|the|new|nouvelle?) (?:film|gamme|range|collection|catalogue|"
        r"catalog|packaging|affiche|poster))(?!\w)",
        re.IGNORECASE,
    )

    #: rules whose "logo" needs a third-party brand right next to it
    BRAND_RULES = frozenset({"trademark_brand_logo"})
    BRAND_BEFORE = re.compile(
        r"(?<![\w@#])([A-ZÀ-ÖØ-Þ][\w’'.&-]{0,24}?)(?:['’]s)?[ \t]{1,2}\Z"
    )
    BRAND_AFTER = re.compile(
        r"[ \t]{1,2}(?:(?:de|du|of)[ \t]{1,2}|d['’])?([A-ZÀ-ÖØ-Þ][\w’'.&-]{0,24})"
    )
    #: capitalised words next to "logo" that are no third-party brand to worry about
    NOT_BRANDS = frozenset(
        (
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cet", "cette",
            "notre", "nos", "votre", "vos", "leur", "leurs", "son", "sa", "ses", "mon", "ma",
            "the", "a", "an", "our", "your", "their", "its", "his", "her", "my", "this",
            "that", "new", "nouveau", "nouvel", "ancien", "old", "official", "officiel",
            "instagram", "insta", "facebook", "linkedin", "whatsapp", "youtube", "tiktok",
            "twitter", "x", "pinterest", "snapchat", "threads", "bluesky", "mastodon",
            "visa", "mastercard", "paypal", "cb", "amex", "fsc", "pefc", "ce", "nf",
            "ecolabel", "triman", "ab", "bio", "energy", "star", "qr", "ul", "rohs", "weee",
            "deee", "corp", "iso", "made", "origine", "france", "label", "fairtrade",
            "max", "havelaar", "recyclable", "recycling", "recyclage", "lien", "link",
        )
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__(profile)
        own = [n for b in profile.brands for n in (b.name, *b.aliases)]
        self._not_brands = self.NOT_BRANDS | {
            w.lower() for n in own for w in re.findall(r"\w+", n)
        }

    def analyze(self, ctx: Context) -> Iterable[Finding]:
        if not self._phrases.find_all(ctx.normalized):
            return ()  # the common case, without a generator frame
        return self._checked(ctx)

    def _checked(self, ctx: Context) -> Iterator[Finding]:
        text = ctx.text
        for finding in super().analyze(ctx):
            rule = finding.rule.removeprefix(self.LEXICON + ".")
            start, end = finding.start or 0, finding.end or 0
            if rule in self.SOURCE_RULES and not self.taken_from_web(text, start, end):
                continue
            if rule in self.BRAND_RULES and not self.next_to_a_brand(text, start, end):
                continue
            if rule in self.PERMISSION_RULES and not (
                self.MEDIA.search(text) and self.ELSEWHERE.search(text)
            ):
                continue
            if rule in self.IMPUNITY_RULES and not self.work_in_own_production(text):
                continue
            if rule in self.MEDIA_RULES and not self.MEDIA.search(
                text, max(0, start - self.MEDIA_REACH), end + self.MEDIA_REACH
            ):
                continue
            yield finding

    def taken_from_web(self, text: str, start: int, end: int) -> bool:
        """A web source right after the verb, and a media word just before or in between."""
        source = self.SOURCE_AFTER.match(text, end, end + 80)
        if source is None:
            return False
        lo = max(0, start - self.MEDIA_BEFORE)
        if self.MEDIA.search(text, lo, source.end()) is not None:
            return True
        pronoun = self.PRONOUN_BEFORE.search(text, max(0, start - 12), start)
        if pronoun is None:
            pronoun = self.PRONOUN_AFTER.match(text, end, end + 14)
        return pronoun is not None and self.MEDIA.search(text) is not None

    def work_in_own_production(self, text: str) -> bool:
        """A third-party work (a hit, a film theme, a named artist's song) and an own production
        (an ad, a launch video) in the post (round 19)."""
        if self.OWN_PRODUCTION.search(text) is None:
            return False
        return (
            self.THIRD_PARTY_WORK.search(text) is not None
            or self.NAMED_ARTIST.search(text) is not None
        )

    def next_to_a_brand(self, text: str, start: int, end: int) -> bool:
        """A capitalised third-party brand right before or right after "logo"."""
        before = self.BRAND_BEFORE.search(text, max(0, start - 28), start)
        after = self.BRAND_AFTER.match(text, end, end + 30)
        return any(
            m is not None and self._is_brand(m.group(1)) for m in (before, after)
        )

    def _is_brand(self, word: str) -> bool:
        head = re.split(r"['’.&-]", word, maxsplit=1)[0]
        return head.lower() not in self._not_brands and word.lower() not in self._not_brands
