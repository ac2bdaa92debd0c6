-- Answers carried forward from an earlier edition stay marked (with that edition) until confirmed or edited.
ALTER TABLE answer ADD COLUMN carried_from TEXT;
ALTER TABLE response ADD COLUMN carried_from_response TEXT;
