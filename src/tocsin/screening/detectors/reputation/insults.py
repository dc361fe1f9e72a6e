"""Insults and contempt toward customers or groups of people, and slurs.

Rules ``insults.*`` of ``lexicons/reputation.toml``: insulting predicates ("sont des idiots",
"are morons") next to customers or a group of people, set phrases ("ces abrutis de clients",
"go back to your country") and slurs. Outbound, a finding is ``reputation.insult``; inbound,
``community.insult`` (moderation of the organisation's spaces).
"""

from __future__ import annotations

from ....models import Category
from .moderation import ModeratedRules


class Insults(ModeratedRules):
    name = "insults"
    version = "1.0"
    categories = (Category.REPUTATION, Category.COMMUNITY_MANAGEMENT)
    description = (
        "Insults and contempt toward customers or groups of people, and slurs "
        "(reputation outbound, community moderation inbound)."
    )

    INBOUND_KINDS = {"reputation.insult": "community.insult"}
    INBOUND_EXPLANATIONS = {
        "community.insult": {
            "en": (
                "Insult or contempt in a post received from the public (“{found}”): it hurts "
                "the people it targets and the climate of your spaces. Moderate it as your "
                "community charter says (hide, warn or block the author); report it if it is "
                "hate speech."
            ),
            "fr": (
                "Insulte ou mépris dans un message reçu du public (« {found} ») : il blesse les "
                "personnes visées et dégrade le climat de vos espaces. Modérez-le comme le "
                "prévoit votre charte (masquer, avertir ou bloquer l'auteur) ; signalez-le s'il "
                "s'agit d'un discours de haine."
            ),
        }
    }
