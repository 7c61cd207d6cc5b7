"""Initial schema: workshops, agenda, delegations, participants, assessments, action plans.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _travelling() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "workshops",
        *_travelling(),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("organisers", sa.Text(), nullable=False),
        sa.Column("venue", sa.String(300), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("country", sa.String(200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("language", sa.String(20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("curriculum_id", sa.String(100), nullable=False),
        sa.Column("curriculum_version", sa.String(40), nullable=False),
        sa.Column("template_id", sa.String(200), nullable=False),
    )
    op.create_table(
        "agenda_items",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column("day", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start_time", sa.String(5), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("curriculum_refs", sa.JSON(), nullable=False),
    )
    op.create_index("ix_agenda_items_workshop_id", "agenda_items", ["workshop_id"])
    op.create_table(
        "delegations",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column("country", sa.String(200), nullable=False),
        sa.Column("city", sa.String(200), nullable=False),
        sa.Column("city_type", sa.String(100), nullable=False),
        sa.Column("stage", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_delegations_workshop_id", "delegations", ["workshop_id"])
    op.create_table(
        "participants",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column(
            "delegation_id", sa.String(36), sa.ForeignKey("delegations.id"), nullable=True
        ),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        sa.Column("role", sa.String(300), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_index("ix_participants_workshop_id", "participants", ["workshop_id"])
    op.create_index("ix_participants_delegation_id", "participants", ["delegation_id"])
    op.create_table(
        "assessments",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column(
            "delegation_id", sa.String(36), sa.ForeignKey("delegations.id"), nullable=True
        ),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=True
        ),
    )
    op.create_index("ix_assessments_workshop_id", "assessments", ["workshop_id"])
    op.create_index("ix_assessments_delegation_id", "assessments", ["delegation_id"])
    op.create_index("ix_assessments_participant_id", "assessments", ["participant_id"])
    op.create_table(
        "assessment_scores",
        *_travelling(),
        sa.Column(
            "assessment_id", sa.String(36), sa.ForeignKey("assessments.id"), nullable=False
        ),
        sa.Column("element_id", sa.String(200), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.UniqueConstraint("assessment_id", "element_id"),
    )
    op.create_index(
        "ix_assessment_scores_assessment_id", "assessment_scores", ["assessment_id"]
    )
    op.create_table(
        "action_plans",
        *_travelling(),
        sa.Column("workshop_id", sa.String(36), sa.ForeignKey("workshops.id"), nullable=False),
        sa.Column(
            "participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=True
        ),
        sa.Column(
            "delegation_id", sa.String(36), sa.ForeignKey("delegations.id"), nullable=True
        ),
        sa.Column("key_takeaways", sa.Text(), nullable=False),
        sa.Column("challenges", sa.Text(), nullable=False),
        sa.Column("approaches", sa.Text(), nullable=False),
    )
    op.create_index("ix_action_plans_workshop_id", "action_plans", ["workshop_id"])
    op.create_index("ix_action_plans_participant_id", "action_plans", ["participant_id"])
    op.create_index("ix_action_plans_delegation_id", "action_plans", ["delegation_id"])
    op.create_table(
        "next_steps",
        *_travelling(),
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("action_plans.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("responsible", sa.String(500), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("resources", sa.Text(), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("link_ref", sa.String(200), nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("source_ref", sa.String(36), nullable=False),
    )
    op.create_index("ix_next_steps_plan_id", "next_steps", ["plan_id"])
    op.create_table(
        "support_requests",
        *_travelling(),
        sa.Column("plan_id", sa.String(36), sa.ForeignKey("action_plans.id"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("provider", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(100), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("source_ref", sa.String(36), nullable=False),
    )
    op.create_index("ix_support_requests_plan_id", "support_requests", ["plan_id"])


def downgrade() -> None:
    for table in (
        "support_requests",
        "next_steps",
        "action_plans",
        "assessment_scores",
        "assessments",
        "participants",
        "delegations",
        "agenda_items",
        "workshops",
    ):
        op.drop_table(table)
