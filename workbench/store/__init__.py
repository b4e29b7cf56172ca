"""The SQLite database via sqlite-utils: schema, migrations, queries. The only place that talks SQL."""

from .article_changes import (
    EDITABLE, ArticleChanged, article_changes, delete_article, deleted_archive, deleted_articles, edit_article,
)
from .articles import (
    ARTICLE_FILTERS, ARTICLE_SORTS, PROGRESS, article_ids, article_sources, article_totals, articles_by_id, count_articles,
    find_by_sha256, get_article, insert_article, list_articles,
)
from .claims import article_claims, claims_by_article, as_claims, claim_at, claims_of_quantities, get_claim, last_claim_id
from .corrections import ClaimExists, CorrectionConflict, add_claim, article_corrections, correct_claim, set_removed
from .dashboard import findings_by_rule, oldest_unreviewed_assigned, open_failing, reviewed_per_day
from .presence import hold, present
from .connection import StoreError, backup, check_integrity, database_path, open_db, transaction, utc_now
from .findings import (
    CheckEnded, add_reviewer_check, article_findings, end_reviewer_check, findings_by_article, replace_findings,
    reviewer_checks,
)
from .migrations import OPTIONAL_KINDS, migrate
from .queue import (
    FINDING_STATUSES, MARK_END, MARK_START, QUEUE_FILTERS, article_progress, assign_article, list_claims,
    next_claim, search,
)
from .exports import article_checks, article_moves, export_counts, export_ids, newest_change
from .history import claim_timeline
from .restore import claim_articles, ids_free, restore_checks, restore_findings, restore_history
from .states import STATES, ClaimRemoved, claim_state, set_state, state_history
from .tokens import add_token, list_tokens, revoke_token, token_hash, user_for_token
from .users import LastAdmin, account_events, failed_logins_since, nth_failed_login_from, record_failed_login, record_sign_in, sign_out_everywhere, UserExists, add_user, count_users, get_user, list_users, set_password, update_user, user_by_name
from .verdicts import VerdictConflict, article_verdicts, claim_history, current_verdict, save_verdict

__all__ = [
    "check_integrity", "database_path", "utc_now",
    "articles_by_id", "claims_by_article", "findings_by_article",
    "ClaimExists", "add_claim", "set_removed", "CorrectionConflict", "StoreError", "ClaimRemoved", "VerdictConflict", "article_corrections", "correct_claim", "article_claims", "article_findings", "article_ids",
    "article_verdicts", "as_claims", "claim_at", "claims_of_quantities", "last_claim_id", "backup", "claim_history", "count_articles", "current_verdict",
    "find_by_sha256", "get_article", "get_claim", "insert_article", "list_articles", "migrate",
    "ARTICLE_FILTERS", "ARTICLE_SORTS", "PROGRESS", "article_sources", "article_totals",
    "hold", "present",
    "findings_by_rule", "oldest_unreviewed_assigned", "open_failing", "reviewed_per_day",
    "EDITABLE", "ArticleChanged", "article_changes", "delete_article", "deleted_archive", "deleted_articles", "edit_article",
    "export_counts", "export_ids", "newest_change", "article_checks", "article_moves", "claim_articles", "ids_free", "restore_checks",
    "restore_findings", "restore_history", "claim_timeline", "STATES", "claim_state", "set_state", "state_history",
    "account_events", "failed_logins_since", "nth_failed_login_from", "record_failed_login", "record_sign_in", "sign_out_everywhere", "LastAdmin", "update_user", "UserExists", "add_user", "count_users", "get_user", "list_users", "set_password", "user_by_name",
    "add_token", "list_tokens", "revoke_token", "token_hash", "user_for_token",
    "open_db", "replace_findings", "save_verdict", "transaction", "add_reviewer_check", "reviewer_checks", "CheckEnded", "end_reviewer_check",
    "FINDING_STATUSES", "MARK_END", "MARK_START", "OPTIONAL_KINDS", "QUEUE_FILTERS", "article_progress", "assign_article",
    "list_claims", "next_claim", "search",
]
