CREATE TABLE `trial_facet_counts` (
	`phase` text,
	`status` text,
	`start_year` integer,
	`modality_mask` integer NOT NULL,
	`trial_count` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `trials` ADD `modality_mask` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `trial_facet_counts_key_idx` ON `trial_facet_counts` (`phase`,`start_year`,`status`,`modality_mask`,`trial_count`);
--> statement-breakpoint
-- trials.modality_mask: the modalities of the therapies a trial gives, one bit per modality
-- (domain/enums.ts MODALITY_BITS: the CASE below must give the same bits), 0 for none; the sum of
-- the DISTINCT bits is their OR. trial_facet_counts: how many trials have each combination of
-- phase, status, start year and modality mask, so a trials totalCount whose filter uses only these
-- facets sums a few hundred rows (graphql/filters/trial-count.ts) instead of counting every match.
-- Both are kept exact by the triggers below, so every writer (write layer, importers, seed) keeps
-- them without knowing they exist; the synthetic generator drops the triggers for its load and runs
-- this backfill at the end. A mask changes on a link added, removed or moved and on a therapy's
-- modality changed; a count changes on a trial added, removed, or changed in one of its facets
-- (including its mask). A combination no trial has any more is deleted. Nulls are kept as nulls
-- (matched with IS), so a condition on these columns means the same here as on trials.
UPDATE `trials` SET `modality_mask` = coalesce((
		SELECT sum(DISTINCT CASE th.modality WHEN 'TCR_T_CELL' THEN 1 WHEN 'CAR_T_CELL' THEN 2 WHEN 'TIL' THEN 4 WHEN 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' THEN 8 WHEN 'ONCOLYTIC_VIRUS' THEN 16 WHEN 'GENE_TRANSFER' THEN 32 WHEN 'CYTOKINE' THEN 64 WHEN 'CHEMOTHERAPY' THEN 128 WHEN 'OTHER' THEN 256 END)
		FROM trial_therapies tt JOIN therapies th ON th.id = tt.therapy_id WHERE tt.trial_id = trials.id
	), 0);
--> statement-breakpoint
DELETE FROM `trial_facet_counts`;
--> statement-breakpoint
INSERT INTO `trial_facet_counts` (phase, status, start_year, modality_mask, trial_count)
	SELECT phase, status, start_year, modality_mask, count(*) FROM trials GROUP BY phase, status, start_year, modality_mask;
--> statement-breakpoint
CREATE TRIGGER `trials_modality_mask_links_ai` AFTER INSERT ON `trial_therapies` BEGIN
	UPDATE trials SET modality_mask = coalesce((
		SELECT sum(DISTINCT CASE th.modality WHEN 'TCR_T_CELL' THEN 1 WHEN 'CAR_T_CELL' THEN 2 WHEN 'TIL' THEN 4 WHEN 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' THEN 8 WHEN 'ONCOLYTIC_VIRUS' THEN 16 WHEN 'GENE_TRANSFER' THEN 32 WHEN 'CYTOKINE' THEN 64 WHEN 'CHEMOTHERAPY' THEN 128 WHEN 'OTHER' THEN 256 END)
		FROM trial_therapies tt JOIN therapies th ON th.id = tt.therapy_id WHERE tt.trial_id = trials.id
	), 0) WHERE id = new.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_modality_mask_links_ad` AFTER DELETE ON `trial_therapies` BEGIN
	UPDATE trials SET modality_mask = coalesce((
		SELECT sum(DISTINCT CASE th.modality WHEN 'TCR_T_CELL' THEN 1 WHEN 'CAR_T_CELL' THEN 2 WHEN 'TIL' THEN 4 WHEN 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' THEN 8 WHEN 'ONCOLYTIC_VIRUS' THEN 16 WHEN 'GENE_TRANSFER' THEN 32 WHEN 'CYTOKINE' THEN 64 WHEN 'CHEMOTHERAPY' THEN 128 WHEN 'OTHER' THEN 256 END)
		FROM trial_therapies tt JOIN therapies th ON th.id = tt.therapy_id WHERE tt.trial_id = trials.id
	), 0) WHERE id = old.trial_id;
END;
--> statement-breakpoint
CREATE TRIGGER `trials_modality_mask_links_au` AFTER UPDATE OF trial_id, therapy_id ON `trial_therapies`
WHEN old.trial_id IS NOT new.trial_id OR old.therapy_id IS NOT new.therapy_id BEGIN
	UPDATE trials SET modality_mask = coalesce((
		SELECT sum(DISTINCT CASE th.modality WHEN 'TCR_T_CELL' THEN 1 WHEN 'CAR_T_CELL' THEN 2 WHEN 'TIL' THEN 4 WHEN 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' THEN 8 WHEN 'ONCOLYTIC_VIRUS' THEN 16 WHEN 'GENE_TRANSFER' THEN 32 WHEN 'CYTOKINE' THEN 64 WHEN 'CHEMOTHERAPY' THEN 128 WHEN 'OTHER' THEN 256 END)
		FROM trial_therapies tt JOIN therapies th ON th.id = tt.therapy_id WHERE tt.trial_id = trials.id
	), 0) WHERE id IN (old.trial_id, new.trial_id);
END;
--> statement-breakpoint
CREATE TRIGGER `trials_modality_mask_therapies_au` AFTER UPDATE OF modality ON `therapies`
WHEN old.modality IS NOT new.modality BEGIN
	UPDATE trials SET modality_mask = coalesce((
		SELECT sum(DISTINCT CASE th.modality WHEN 'TCR_T_CELL' THEN 1 WHEN 'CAR_T_CELL' THEN 2 WHEN 'TIL' THEN 4 WHEN 'CYTOKINE_GENE_MODIFIED_CELL_VACCINE' THEN 8 WHEN 'ONCOLYTIC_VIRUS' THEN 16 WHEN 'GENE_TRANSFER' THEN 32 WHEN 'CYTOKINE' THEN 64 WHEN 'CHEMOTHERAPY' THEN 128 WHEN 'OTHER' THEN 256 END)
		FROM trial_therapies tt JOIN therapies th ON th.id = tt.therapy_id WHERE tt.trial_id = trials.id
	), 0)
	WHERE id IN (SELECT trial_id FROM trial_therapies WHERE therapy_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `trial_facet_counts_trials_ai` AFTER INSERT ON `trials` BEGIN
	INSERT INTO trial_facet_counts (phase, status, start_year, modality_mask, trial_count)
		SELECT new.phase, new.status, new.start_year, new.modality_mask, 0
		WHERE NOT EXISTS (SELECT 1 FROM trial_facet_counts WHERE phase IS new.phase AND status IS new.status AND start_year IS new.start_year AND modality_mask = new.modality_mask);
	UPDATE trial_facet_counts SET trial_count = trial_count + 1 WHERE phase IS new.phase AND status IS new.status AND start_year IS new.start_year AND modality_mask = new.modality_mask;
END;
--> statement-breakpoint
CREATE TRIGGER `trial_facet_counts_trials_ad` AFTER DELETE ON `trials` BEGIN
	UPDATE trial_facet_counts SET trial_count = trial_count - 1 WHERE phase IS old.phase AND status IS old.status AND start_year IS old.start_year AND modality_mask = old.modality_mask;
	DELETE FROM trial_facet_counts WHERE phase IS old.phase AND status IS old.status AND start_year IS old.start_year AND modality_mask = old.modality_mask AND trial_count <= 0;
END;
--> statement-breakpoint
CREATE TRIGGER `trial_facet_counts_trials_au` AFTER UPDATE OF phase, status, start_year, modality_mask ON `trials`
WHEN old.phase IS NOT new.phase OR old.status IS NOT new.status OR old.start_year IS NOT new.start_year
	OR old.modality_mask IS NOT new.modality_mask BEGIN
	UPDATE trial_facet_counts SET trial_count = trial_count - 1 WHERE phase IS old.phase AND status IS old.status AND start_year IS old.start_year AND modality_mask = old.modality_mask;
	DELETE FROM trial_facet_counts WHERE phase IS old.phase AND status IS old.status AND start_year IS old.start_year AND modality_mask = old.modality_mask AND trial_count <= 0;
	INSERT INTO trial_facet_counts (phase, status, start_year, modality_mask, trial_count)
		SELECT new.phase, new.status, new.start_year, new.modality_mask, 0
		WHERE NOT EXISTS (SELECT 1 FROM trial_facet_counts WHERE phase IS new.phase AND status IS new.status AND start_year IS new.start_year AND modality_mask = new.modality_mask);
	UPDATE trial_facet_counts SET trial_count = trial_count + 1 WHERE phase IS new.phase AND status IS new.status AND start_year IS new.start_year AND modality_mask = new.modality_mask;
END;
