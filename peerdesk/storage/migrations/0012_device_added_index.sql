-- Which change added a laptop (its members' consent is in that change's details): read for
-- every bundle made, so it is looked up through an index instead of reading the whole
-- change log. A partial index over the few device.added changes.
CREATE INDEX changes_device_added
    ON changes (json_extract(envelope, '$.details.device.id'))
    WHERE json_extract(envelope, '$.action') = 'device.added';
