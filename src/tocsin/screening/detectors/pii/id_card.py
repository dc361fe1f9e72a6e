"""Identity-card numbers next to a word naming the card (see ``identity_document``).

Formats: the French « carte nationale d'identité » (twelve digits before 2021, ``880692310285``;
nine capitals and digits since, ``X4RTBPFW4``, at least one digit), other nine-character card
numbers, and the Spanish DNI (eight digits and a check letter, validated with python-stdnum).
"""

from __future__ import annotations

from .identity_document import DocumentFormat, IdentityDocument, letters_and_digits


def _valid_dni(number: str) -> bool:
    """python-stdnum's DNI check, imported on first use (tens of ms at start-up)."""
    from stdnum.es import dni

    return bool(dni.is_valid(number))


class IdCard(IdentityDocument):
    name = "id_card"
    version = "1.0"
    description = "Identity-card numbers next to a word naming the card (FR CNI, ES DNI, ID card)."

    KIND = "pii.id_card"
    CONTEXT = (
        "carte d identite", "carte nationale d identite", "cni", "piece d identite",
        "pieces d identite", "numero d identite", "carte identite", "id card", "identity card",
        "national id", "national identity", "identity number", "id number", "identity document",
        "dni", "documento nacional de identidad", "carta d identita",
    )
    UNLESS = ("code promo", "promo", "coupon")
    TRIGGERS = ("identit", "cni", "dni", "id card", "id number", "national id")
    FORMATS = (
        DocumentFormat("fr_cni", r"\d{4} ?\d{4} ?\d{4}"),
        DocumentFormat("es_dni", r"\d{8}-?[A-Z]", _valid_dni, claims=True),
        DocumentFormat("nine_characters", r"[A-Z0-9]{9}", letters_and_digits(1, 0)),
    )
    EXPLANATIONS = {
        "en": (
            "Identity card number {masked} next to “{word}”: an identity document number is a "
            "key to identity theft and fraud. Remove it; identity documents are checked in "
            "private, never in a post."
        ),
        "fr": (
            "Numéro de carte d'identité {masked} près de « {word} » : un numéro de pièce "
            "d'identité ouvre la porte à l'usurpation d'identité et à la fraude. Retirez-le ; "
            "une pièce d'identité se vérifie en privé, jamais dans un message."
        ),
    }
