-- Other model for int org memberships at month end.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
