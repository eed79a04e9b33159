-- Staging view over posthog: person identity, typed and renamed.
{{ config(materialized='view') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
