"""Personal data (data_leak): e-mail addresses, phone numbers, bank and identity numbers, addresses.

This package is a plug-in: its ``register_detectors`` lists the detectors of the family, one
per module (``identity_document`` is the base of ``passport`` and ``id_card``; ``digits`` holds
the digit count and masking the number detectors share).
"""

from __future__ import annotations

from ....hookspecs import hookimpl
from ..base import Detector
from .email_address import EmailAddress
from .fr_nir import FrNir
from .fr_siren import FrSiren
from .iban import Iban
from .id_card import IdCard
from .passport import Passport
from .payment_card import PaymentCard
from .person_with_contact import PersonWithContact
from .phone_number import PhoneNumber
from .postal_address import PostalAddress


@hookimpl
def register_detectors() -> list[type[Detector]]:
    return [
        EmailAddress,
        PhoneNumber,
        Iban,
        PaymentCard,
        FrNir,
        FrSiren,
        Passport,
        IdCard,
        PostalAddress,
        PersonWithContact,
    ]
