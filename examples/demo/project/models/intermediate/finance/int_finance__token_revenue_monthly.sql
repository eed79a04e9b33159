-- Other model for int finance token revenue monthly.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
