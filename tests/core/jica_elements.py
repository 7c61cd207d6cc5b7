"""JICA's 21 elements and 5 domains as the tests' curriculum input (real data, COMMON.md ids).

Numbers, ids and the domain split are the stable ones; names follow the curriculum fact sheet
(element 1's name is JICA's working name). Used until the curriculum loader is in main.
"""

from __future__ import annotations

from pcsc_workshop.core.assessment import ElementRef

DOMAINS = ("jica.domain.policy", "jica.domain.organization", "jica.domain.system",
           "jica.domain.technology", "jica.domain.operation")

_ROWS = [
    (1, "philosophy-and-vision", "Philosophy and Vision", "policy"),
    (2, "comprehensiveness-of-vision", "Comprehensiveness of Vision and Policy", "policy"),
    (3, "specifics-of-vision", "Specifics of Vision and Policy", "policy"),
    (4, "policy-alignment", "Policy Alignment", "policy"),
    (5, "sustainability-of-vision", "Sustainability of Vision and Policy", "policy"),
    (6, "sharing-of-vision", "Sharing and Promotion of Visions and Concepts", "policy"),
    (7, "promotion-body", "Promotion Body", "organization"),
    (8, "helix-partnership", "Triple / Quadruple Helix Partnership", "organization"),
    (9, "organizational-capacity", "Organizational Effectiveness and Capacity", "organization"),
    (10, "building-ecosystems", "Building Ecosystems", "system"),
    (11, "creating-trust", "Creating Trust", "system"),
    (12, "laws-regulations-systems", "Setting of Laws, Regulations, and Systems", "system"),
    (13, "citizen-participation", "Citizen Participation and Co-creation", "system"),
    (14, "cross-disciplinary", "Cross-disciplinary", "system"),
    (15, "urban-infrastructure-platform", "Urban Infrastructure Platform", "technology"),
    (16, "data-utilization", "Data Utilization", "technology"),
    (17, "digital-security", "Digital Security", "technology"),
    (18, "social-systems-design", "Social Systems Design and Implementation", "technology"),
    (19, "flexibility-of-promotion", "Flexibility of Promotion System", "operation"),
    (20, "collaboration-and-partnerships", "Strengthening Collaboration and Partnerships",
     "operation"),
    (21, "ensuring-sustainability", "Ensuring Sustainability", "operation"),
]


def jica_elements() -> list[ElementRef]:
    return [ElementRef(f"jica.element.{slug}", n, name, f"jica.domain.{domain}")
            for n, slug, name, domain in _ROWS]


def element_id(number: int) -> str:
    return f"jica.element.{_ROWS[number - 1][1]}"
