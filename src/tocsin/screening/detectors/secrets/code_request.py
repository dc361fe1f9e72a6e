"""A one-time code asked for in public (round 15, structural, from blind13's misses).

A verification code sent by text or e-mail (an OTP, a 2FA code, "le code reçu par SMS") opens
the account it was sent for: asking the customer to give it back, in a public reply or a
comment, hands it to whoever reads the thread, and it is what account-takeover fraudsters ask
for while posing as support. Two parts, close to each other (shapes of
:mod:`..reputation.shapes`):

- a request to give it to us ("vous pouvez me redonner", "envoyez-nous", "give us", "reply
  with", "DM me", "postez-le ici");
- a one-time code ("le code reçu par SMS", "the 6-digit code we texted you", "verification
  code", "OTP", "code de confirmation").

Not when the post warns against sharing it ("never share", "nous ne vous demanderons jamais"),
when it is about a code that did not arrive ("didn't receive", "pas reçu"), nor for a promo
code (no one-time word).
"""

from __future__ import annotations

import re

from ....models import Category, Severity
from ..reputation.shapes import Shape, ShapeRules

#: a request to give something to the writer ("me redonner", "envoyez-nous", "give me", "reply
#: with", "DM us", "postez-le en commentaire")
ASK_FOR_IT = re.compile(
    r"\b(?:(?:me|nous|m'|n') ?(?:re)?(?:donner|donnez|envoyer|envoyez|communiquer|communiquez|"
    r"transmettre|transmettez|indiquer|indiquez|dire|dites|lire|repeter|confirmer|confirmez|"
    r"partager|partagez|ecrire|ecrivez|copier|coller|fournir|fournissez|filer)|"
    r"(?:redonnez|donnez|envoyez|renvoyez|communiquez|transmettez|indiquez|dites|ecrivez|"
    r"copiez|collez|confirmez|partagez|filez)[- ](?:le[- ])?(?:nous|moi)|"
    r"(?:give|send|tell|read|dm|pm|message|text|confirm|forward|share|provide)(?: it)? (?:me|us)|"
    r"(?:share|post|paste|drop|type|write|put|leave) (?:it|the \w+(?: \w+)?) (?:here|below|in "
    r"(?:the )?(?:comments?|replies|reply|thread|dms?))|reply (?:here )?with|"
    r"(?:postez|collez|ecrivez|mettez|laissez)[- ]l[ea]? (?:ici|en (?:commentaire|reponse|mp))|"
    r"(?:en|par) (?:reponse|commentaire|mp|message prive)|in (?:a |the )?(?:reply|comments?|dm))"
)
#: a code sent for one sign-in or one payment
ONE_TIME_CODE = re.compile(
    r"\b(?:code (?:\w+ ){0,3}?(?:recu|recue|envoye|envoyee|received|sent|texted|emailed|de "
    r"(?:verification|confirmation|validation|securite|connexion|authentification)|a (?:usage "
    r"unique|\d chiffres|six chiffres|quatre chiffres)|(?:par |by |via |in (?:the |your )?)"
    r"(?:sms|texto|text|e-?mail|mail))|(?:verification|confirmation|one-time|one time|security|"
    r"login|sign-in|2fa|mfa|otp|authentication|auth|sms|text|\d-digit|six-digit|four-digit|"
    r"validation) (?:code|pin)|otp|passcode|code (?:otp|2fa|sms|pin|a usage unique))\b"
)
#: a warning against sharing it, a code that did not arrive, a scam reported
CODE_REQUEST_NOT = re.compile(
    r"\b(?:jamais|never|ne (?:le |la )?(?:partagez|communiquez|donnez|transmettez)|"
    r"(?:don'?t|do not) (?:share|give|send)|personne ne|no one (?:will|from)|nobody (?:will|"
    r"from)|nous ne vous (?:le )?demanderons|we (?:will|'ll) never|arnaques?|scams?|scammers?|"
    r"phishing|hameconnage|fraud\w*|escro\w*|(?:didn'?t|did not|haven'?t|never) (?:get|"
    r"receive|received|got)|not received|pas (?:recu|arrive)|n'(?:avez|ai|a) pas recu|"
    r"renvoy\w*|resend|re-send|"
    # a code that opens nothing: an order, a parcel, a discount, a gift card, a postcode
    r"(?:order|commande|tracking|suivi|reference|promo|discount|reduction|gift|cadeau|postal|"
    r"zip|post) code|code (?:de |du )?(?:commande|suivi|promo|reduction|postal|cadeau|client|"
    r"colis))\b"
)
ASK_CUES = (
    "donner", "redonner", "envoyer", "renvoyer", "communiquer", "transmettre", "indiquer",
    "dire", "lire", "répéter", "confirmer", "partager", "écrire", "copier", "coller",
    "fournir", "filer", "donnez", "redonnez", "envoyez", "communiquez", "transmettez",
    "indiquez", "dites", "écrivez", "copiez", "collez", "confirmez", "partagez", "filez",
    "postez", "mettez", "laissez", "en réponse", "en commentaire", "en mp", "par mp",
    "message privé", "give", "send", "tell", "read", "dm", "pm", "message", "text", "confirm",
    "forward", "share", "provide", "post", "paste", "drop", "type", "write", "put", "leave",
    "reply", "comment*",
)


class OneTimeCodeRequest(ShapeRules):
    """A one-time code asked for in a public post (round 15, structural)."""

    name = "code_request"
    version = "1.0"
    categories = (Category.DATA_LEAK,)
    directions = ("outbound", "inbound")
    description = (
        "A one-time code asked for in public: the code received by SMS, a verification or 2FA "
        "code, to be given back in a reply or a message."
    )
    SHAPES = (
        Shape(
            id="one_time_code_asked",
            kind="secret.one_time_code",
            category=Category.DATA_LEAK,
            severity=Severity.HIGH,
            directions=("outbound", "inbound"),
            parts=(ONE_TIME_CODE, ASK_FOR_IT),
            cues=ASK_CUES,
            unless=CODE_REQUEST_NOT,
            window=80,
            explanation={
                "en": "A one-time code asked for in public (“{found}”): the code sent by text "
                "or e-mail opens the customer's account to whoever reads it, and is what "
                "fraudsters posing as support ask for. Never ask for it; delete the post and "
                "tell the customer to keep it to themselves.",
                "fr": "Un code à usage unique demandé en public (« {found} ») : le code reçu "
                "par SMS ou e-mail ouvre le compte du client à qui le lit, et c'est ce que "
                "demandent les fraudeurs qui se font passer pour le support. Ne le demandez "
                "jamais ; supprimez le message et dites au client de le garder pour lui.",
            },
        ),
    )
