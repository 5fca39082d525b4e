-- AlterTable
ALTER TABLE "User" ADD COLUMN "quotaConcurrentTasks" INTEGER;
ALTER TABLE "User" ADD COLUMN "quotaItemsPerDay" INTEGER;
