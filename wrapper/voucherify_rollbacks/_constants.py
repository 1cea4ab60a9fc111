"""Every default, limit and environment variable of the SDK, in one place. Imports nothing.

Times are seconds, sizes bytes. The modules that use a value say why it is what it is where that is not obvious.
"""

# --- environment variables -----------------------------------------------------------------------------------------
ENV_PREFIX = "VOUCHERIFY_"
ENV_APP_ID = "VOUCHERIFY_APP_ID"
ENV_APP_TOKEN = "VOUCHERIFY_APP_TOKEN"
ENV_BEARER_TOKEN = "VOUCHERIFY_BEARER_TOKEN"
ENV_BASE_URL = "VOUCHERIFY_BASE_URL"
ENV_CLUSTER = "VOUCHERIFY_CLUSTER"
ENV_LOG = "VOUCHERIFY_LOG"  # info | debug: log to stderr without configuring logging

# --- where the API is: Voucherify's regions (facts §1), keyed by the names people use ------------------------------
CLUSTERS = {
    "eu1": "https://api.voucherify.io",
    "us1": "https://us1.api.voucherify.io",
    "as1": "https://as1.api.voucherify.io",
}
# The spec's own `cluster` server-variable values are accepted too (`cluster="us1.api"`).
CLUSTER_ALIASES = {"api": "eu1", "us1.api": "us1", "as1.api": "as1"}

# --- one call ------------------------------------------------------------------------------------------------------
DEFAULT_TIMEOUT = 30.0  # each socket operation (read, write, pool wait)
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2
# One call (every attempt, wait and recovery look-up; one page of a listing) ends within this many seconds.
DEFAULT_DEADLINE = 120.0
# A response body larger than this, after decompression, is not read further (ResponseTooLargeError).
DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024

# --- request headers (facts §11) -----------------------------------------------------------------------------------
# What the SDK's requests do shows up in Voucherify under this channel ("<name>/<version>"), unless `channel=` names
# another; the API version is sent only when asked for, so the project's setting applies by default.
CHANNEL_HEADER = "X-Voucherify-Channel"
CHANNEL_NAME = "voucherify-rollbacks-python"
API_VERSION_HEADER = "X-Voucherify-API-Version"
# Headers extra_headers / default_headers cannot set: the credentials (set from the client's settings only) and the
# framing the transport computes itself.
RESERVED_HEADERS = frozenset(
    {"x-app-id", "x-app-token", "authorization", "host", "content-length", "transfer-encoding"}
)

# --- OAuth access tokens (facts §1, §13) ---------------------------------------------------------------------------
# v1: app keys exchange for a token with scopes; v2: an OAuth Service key (Basic auth). Both live 15 minutes.
OAUTH_V1_TOKEN_PATH = "/v1/oauth/token"
OAUTH_V2_TOKEN_PATH = "/v2/oauth/token"
# The scopes the five Redemptions operations declare (`X-Voucherify-OAuth: [api, redemptions]`, facts §1).
OAUTH_DEFAULT_SCOPES = ("api", "redemptions")
# A token is replaced this many seconds before its expiry (a request must arrive while it is still valid), or at
# half its remaining life when that is shorter (a token issued for less than two minutes).
TOKEN_REFRESH_MARGIN = 60.0
TOKEN_REFRESH_SHARE = 0.5

# --- retries -------------------------------------------------------------------------------------------------------
RETRY_INITIAL_DELAY = 0.5
RETRY_MAX_DELAY = 8.0
# A longer server-requested wait is not honoured: the error is raised so the caller can decide.
RETRY_MAX_RETRY_AFTER = 60.0

# --- recovery: finding out what a rollback whose answer was lost did -----------------------------------------------
# The share of a rollback call's deadline its attempts leave for the recovery look-up (at most 10 s).
RECOVERY_RESERVE_SHARE = 0.25
RECOVERY_RESERVE_MAX = 10.0
# How far apart the server's `Date` header and the dates it gives rollbacks may be (another machine's clock): records
# dated 0.8-1.5 s off the header have been seen, so a rollback is proved dated outside this call's attempts only by
# more than this (or by the tight bounds of a record dated during one of them, see core/clock.py).
SERVER_CLOCK_TOLERANCE = 3.0
# The dating probe (one more rollback request, refused as already rolled back, whose dated rrf_ record ties the
# server's clock to ours) is retried this many times on a transient fault, within the call's deadline.
PROBE_MAX_RETRIES = 2
# A probe refused with `multiple_requests` (another caller is rolling the same redemption back right now: nothing of
# ours can apply) is sent again after each of these pauses, within the call's deadline.
PROBE_BUSY_WAITS = (0.05, 0.1, 0.2, 0.4, 0.8)
# Children of one stack: at most 30 redeemables per redemption (facts §5). The look-up lists rollbacks near the
# call's time in pages of 100, at most 3 of them (a quiet project needs one) before fetching what is still missing
# one by one, within 2 s either side of the rollback's recorded date (an order's and a redemption's dates may differ
# from the rollback's own by a few milliseconds).
MAX_STACK_CHILDREN = 30
RECOVERY_PAGE_SIZE = 100
RECOVERY_MAX_PAGES = 3
RECOVERY_WINDOW = 2.0

# --- markers: a per-call token in the rollback's metadata that proves which call made it -------------------------
MARKER_METADATA_KEY = "voucherify_rollbacks_marker"
MARKER_PREFIX = "vrm_"

# --- webhooks ------------------------------------------------------------------------------------------------------
ENV_WEBHOOK_SECRET = "VOUCHERIFY_WEBHOOK_SECRET"
WEBHOOK_SIGNATURE_HEADER = "x-voucherify-signature"
WEBHOOK_DEDUPE_MAX_EVENTS = 100_000  # ids kept by the SQLite de-duplication store (a few MB)
WEBHOOK_DEDUPE_TIMEOUT = 30.0  # seconds a store waits for another process's write
# The store may grow this share past its size before the oldest ids are forgotten in one batch.
WEBHOOK_DEDUPE_SLACK = 0.1
# unwrap(max_age=...): a webhook dated this many seconds in the future still passes (clocks differ a little).
WEBHOOK_CLOCK_SKEW = 60.0

# --- listing -------------------------------------------------------------------------------------------------------
MAX_PAGE = 99  # the API refuses page 100 and beyond
MAX_PAGE_SIZE = 100

# --- error bodies --------------------------------------------------------------------------------------------------
# Error bodies are small JSON; a huge one is an HTML page or a proxy's dump, useless beyond its start.
MAX_ERROR_BODY_CHARS = 64 * 1024
# Larger bodies are not even parsed: json.loads of megabytes of garbage would only slow the error path down.
MAX_PARSED_ERROR_CHARS = 1024 * 1024

# --- the SDK's own connection pool (httpx's defaults) --------------------------------------------------------------
POOL_MAX_CONNECTIONS = 100
POOL_MAX_KEEPALIVE = 20
POOL_KEEPALIVE_EXPIRY = 5.0

# --- bulk runs -----------------------------------------------------------------------------------------------------
DEFAULT_CONCURRENCY = 4
MAX_CONCURRENCY = 64
DEFAULT_REQUESTS_PER_MINUTE = 100  # Voucherify's Business plan
# Voucherify's plans (facts §1, §13): (requests, seconds of the window). Sandbox projects get 100 calls an hour.
RATE_LIMIT_PLANS = {
    "sandbox": (100, 3600.0),
    "business": (100, 60.0),
    "organization": (2000, 60.0),
}
MINUTE = 60.0
# The pacing's burst: this share of the ceiling (at least one request) may go at once.
RATE_LIMIT_BURST_SHARE = 20
# `X-Rate-Limit-Type` values that count the calls a run makes (`api_calls_cycle` is the billing cycle's quota and
# `webhook_calls` another budget: neither paces requests).
RATE_LIMIT_PACED_TYPES = frozenset({"api_calls", "bulk_api_calls"})
# How long all workers pause after a 429 that names no wait.
RATE_LIMIT_FALLBACK_PAUSE = 1.0
RATE_LIMIT_MAX_PAUSE = 3600.0
# How far this machine's clock (which dates a journal's attempts) and the server's (which dates rollbacks) may
# disagree: a rollback without the run's marker dated further than this outside every attempt of the run is
# someone else's; within it, its authorship is unknown. (Rollbacks with the run's marker are its own, whatever
# their date.)
BULK_CLOCK_TOLERANCE = 2.0
# `multiple_requests` in a bulk run: another request (maybe an earlier, killed attempt of the run) is rolling the
# redemption back. Look again after each of these pauses, then leave it to a later run.
BULK_IN_FLIGHT_WAITS = (0.5, 1.0, 2.0, 4.0)
# How far a bulk run reads ahead and claims items in one journal write (`bulk.runner.claim_batch` applies them): a
# bigger batch saves commits and fsyncs, a smaller one look-ups after a kill (at most two batches).
BULK_CLAIM_AHEAD = 4
BULK_CLAIM_BATCH = 32
# Ids per `IN (...)` look-up in a bulk journal: well under SQLite's limit on one statement's parameters.
JOURNAL_LOOKUP_BATCH = 500
# The bulk journal's format, kept in SQLite's `user_version`: raised when a change would make an older version misread
# a journal (it then refuses it instead of resuming from what it cannot see). 1: results kept as the answers' bytes
# (`answer_kind`, `answer`), which versions before the format was recorded do not read.
JOURNAL_FORMAT = 1

# --- exports (facts §12): Voucherify writes a CSV of the redemptions a filter selects ---------------------------------
# Building an export takes the server seconds to minutes, and a big CSV takes a while to download: an export call
# (create, polls, download) has this deadline unless `deadline=` says otherwise.
EXPORT_DEADLINE = 900.0
# The status is read again after these pauses, growing by EXPORT_POLL_FACTOR (a `Retry-After` the answer carries
# wins, within the deadline); at most EXPORT_MAX_POLLS reads.
EXPORT_POLL_INITIAL = 0.5
EXPORT_POLL_FACTOR = 1.5
EXPORT_POLL_MAX = 10.0
EXPORT_MAX_POLLS = 1000
# The download is started again from its first byte after a broken transfer, at most this many times.
EXPORT_DOWNLOAD_RETRIES = 2
# Bytes read from the download per chunk (the CSV goes to a temporary file chunk by chunk, never whole in memory).
EXPORT_CHUNK_BYTES = 64 * 1024
# The regions' download hosts: `https://download.voucherify.io` for `https://api.voucherify.io`, and so on.
EXPORT_DOWNLOAD_LABEL = "download"
EXPORT_API_LABEL = "api"
# A reconciliation names at most this many ids of each side that the other lacks.
RECONCILE_SAMPLE = 20

# --- the CLI -------------------------------------------------------------------------------------------------------
# The narrowest a folding table column may get before a less useful column is hidden instead (ids never fold).
CLI_FOLDED_COLUMN_MIN = 8
# The items not rolled back that rollback-many's summary lists (its report and --json hold them all).
CLI_PROBLEMS_SHOWN = 50
# The rows a rollback-many dry run's table shows (its counts cover every item; no more rows are kept).
CLI_DRY_RUN_ROWS_SHOWN = 200
# The column names a rollback-many input's "no column" message lists, at most (a JSON lines input may hold a new
# key on every line; the names are kept for the message, and no more than these).
CLI_INPUT_COLUMNS_NAMED = 100
