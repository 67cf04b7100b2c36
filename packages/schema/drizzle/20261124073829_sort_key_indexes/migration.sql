-- Expression indexes for the keyset orderings whose sort keys replace NULL (see graphql/filters/trial-order.ts):
-- without them an ordered page reads and sorts every matching trial.
CREATE INDEX IF NOT EXISTS `trials_start_date_sort_idx` ON `trials` (coalesce(`start_date`, ''), `id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `trials_enrollment_sort_idx` ON `trials` (coalesce(`actual_enrollment`, `planned_enrollment`, -1), `id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `trials_nct_id_sort_idx` ON `trials` (coalesce(`nct_id`, ''), `id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `trials_title_sort_idx` ON `trials` (`title`, `id`);
