-- Other model for int feature activity hourly app builder.
{{ config(materialized='table') }}

select cast(null as varchar) as user_id, current_timestamp as loaded_at
