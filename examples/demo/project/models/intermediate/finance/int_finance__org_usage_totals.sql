-- Other model for int finance org usage totals.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
