-- The sessions people signed in to, recorded at sign-in by a hash of the session id and kept for a
-- while after the session ends (mandato.kept-forms.window). A form posted to /my/** or /secretariat/**
-- without a live session is kept for its writer only when its cookie names one of these sessions
-- (PreservedForm): a stranger's request, or a form sent from another site, never fills a session
-- row. Each record keeps one form at most: it is taken when used, and forgotten at sign-out. Like
-- the sessions themselves, these rows are not part of a backup.

create table signed_in_session (
    session_hash char(64)     not null,
    username     varchar(120) not null,
    signed_in_at timestamp with time zone not null,
    constraint signed_in_session_pk primary key (session_hash)
);

create index signed_in_session_by_time on signed_in_session (signed_in_at);
