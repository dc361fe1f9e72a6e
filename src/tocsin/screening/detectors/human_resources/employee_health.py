"""The health of employees: sick leave, burn-out, hospital stays, illnesses, pregnancy.

Rules ``employee_health.*`` of ``lexicons/human_resources.toml``: a health state said of someone
("Marc est en arrêt maladie", "she is on sick leave"), or a health word next to a specific
colleague ("notre collègue ... burn-out", "welcome back ... chemo"), or a health event told
without those words ("back after his stroke", "de retour après son AVC", "en chimio", "a fait une
fausse couche"). Prevention and awareness posts ("prévenir le burn-out", "health and safety
training", "World Stroke Day") are not about anyone. Inbound posts too (a reply on the
organisation's page spreads it as well). Special-category
data about identifiable people in general is the compliance family's; this detector is about
the organisation's own staff (``hr.employee_health``).
"""

from __future__ import annotations

from ....models import Category
from .rules import HumanResourcesRules


class EmployeeHealth(HumanResourcesRules):
    name = "employee_health"
    version = "1.0"
    categories = (Category.HUMAN_RESOURCES,)
    directions = ("outbound", "inbound")
    description = "Health of employees: sick leave, burn-out, hospital stays, illness, pregnancy."
