package querycancel

// weeklyReport stands in for an expensive query (a large join, a missing index): pg_sleep
// keeps a PostgreSQL backend busy for a minute, so the proof can watch it in pg_stat_activity.
const weeklyReport = "SELECT 'weekly totals' FROM pg_sleep(60)"
