ALTER TABLE `trials` ADD `response_rate_key` real;--> statement-breakpoint
-- The RESPONSE_RATE ordering's sort key kept on the trial row, so an index can serve it (an
-- expression index cannot hold the aggregate over patients it used to be computed from).
-- response_rate_key = (CR + PR) / evaluable patients (CR, PR, SD, PD, NO_RESPONSE), NULL when no
-- patient is evaluable: exactly the rate of domain/statistics.ts. The ordering sorts by
-- coalesce(response_rate_key, -1.0), id (see graphql/filters/trial-order.ts), so the index below
-- holds that expression, as the other *_sort_idx indexes do. Triggers on patients recompute the
-- key of every trial a patient row enters or leaves; the statement is the same in each.
UPDATE `trials` SET `response_rate_key` = (
	SELECT 1.0 * sum(p.best_response IN ('CR', 'PR'))
		/ nullif(sum(p.best_response IN ('CR', 'PR', 'SD', 'PD', 'NO_RESPONSE')), 0)
	FROM patients p WHERE p.trial_id = trials.id
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `trials_response_rate_sort_idx` ON `trials` (coalesce(`response_rate_key`, -1.0), `id`);
--> statement-breakpoint
CREATE TRIGGER `trials_response_rate_patients_ai` AFTER INSERT ON `patients` BEGIN
	UPDATE trials SET response_rate_key = (
		SELECT 1.0 * sum(p.best_response IN ('CR', 'PR'))
			/ nullif(sum(p.best_response IN ('CR', 'PR', 'SD', 'PD', 'NO_RESPONSE')), 0)
		FROM patients p WHERE p.trial_id = new.trial_id
	) WHERE id = new.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_response_rate_patients_ad` AFTER DELETE ON `patients` BEGIN
	UPDATE trials SET response_rate_key = (
		SELECT 1.0 * sum(p.best_response IN ('CR', 'PR'))
			/ nullif(sum(p.best_response IN ('CR', 'PR', 'SD', 'PD', 'NO_RESPONSE')), 0)
		FROM patients p WHERE p.trial_id = old.trial_id
	) WHERE id = old.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_response_rate_patients_au` AFTER UPDATE OF best_response, trial_id ON `patients`
WHEN old.best_response IS NOT new.best_response OR old.trial_id IS NOT new.trial_id BEGIN
	UPDATE trials SET response_rate_key = (
		SELECT 1.0 * sum(p.best_response IN ('CR', 'PR'))
			/ nullif(sum(p.best_response IN ('CR', 'PR', 'SD', 'PD', 'NO_RESPONSE')), 0)
		FROM patients p WHERE p.trial_id = trials.id
	) WHERE id IN (old.trial_id, new.trial_id);
END;
