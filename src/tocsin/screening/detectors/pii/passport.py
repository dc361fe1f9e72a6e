"""Passport numbers next to the word "passeport" / "passport" (see ``identity_document``).

Formats: French (two digits, two letters, five digits: ``12AB34567``, also ``12 AB 34567``), and
the nine-character numbers of most other countries (United Kingdom and United States: nine
digits; United States next generation: a letter and eight digits; Spain, Italy, Germany: letters
and digits), written in capitals with at least three digits.
"""

from __future__ import annotations

from .identity_document import DocumentFormat, IdentityDocument, letters_and_digits


class Passport(IdentityDocument):
    name = "passport"
    version = "1.0"
    description = "Passport numbers next to the word passport (FR, UK, US and 9-character formats)."

    KIND = "pii.passport"
    CONTEXT = (
        "passeport", "passeports", "passport", "passports", "pasaporte", "passaporto",
        "reisepass",
    )
    UNLESS = (
        "vaccinal", "sanitaire", "covid", "culture", "talent", "energetique", "biologique",
        "code promo", "promo", "coupon", "vaccine", "vaccination", "bracelet",
    )
    TRIGGERS = ("passeport", "passport", "pasaporte", "passaporto", "reisepass")
    AFTER_COLON = 110  # round 19
    FORMATS = (
        DocumentFormat("fr", r"\d{2} ?[A-Z]{2} ?\d{5}"),
        DocumentFormat("nine_characters", r"[A-Z0-9]{9}", letters_and_digits(3, 0)),
    )
    EXPLANATIONS = {
        "en": (
            "Passport number {masked} next to “{word}”: an identity document number is a key to "
            "identity theft and fraud. Remove it; identity documents are checked in private, "
            "never in a post."
        ),
        "fr": (
            "Numéro de passeport {masked} près de « {word} » : un numéro de pièce d'identité "
            "ouvre la porte à l'usurpation d'identité et à la fraude. Retirez-le ; une pièce "
            "d'identité se vérifie en privé, jamais dans un message."
        ),
    }
